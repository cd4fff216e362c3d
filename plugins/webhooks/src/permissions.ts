import type { PermissionDeclaration } from '@portico/core';

/** The permission keys of the webhooks plugin; routes and widgets name them through `P`. */
export const P = {
  /** Staff: see the endpoints, their deliveries and the event catalogue. */
  read: 'webhooks.read',
  /** Staff: register, change, disable and delete endpoints, rotate their secrets, replay deliveries. */
  manage: 'webhooks.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: { description: 'See the webhook endpoints, their deliveries and the event catalogue (staff only)', grantedTo: ['support'], administrative: true },
  [P.manage]: { description: 'Register, change, disable and delete webhook endpoints, rotate their secrets and replay deliveries (staff only)', administrative: true },
};
