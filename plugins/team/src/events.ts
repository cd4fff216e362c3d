/**
 * The events the team plugin emits, each named `team.<noun>.<verb-past>`, with the schema of its
 * payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid } from '@portico/core';

export const teamEvents = {
  'team.invitation.sent': Type.Object({ personId: Uuid, partnerId: Uuid, role: Type.String() }),
  'team.invitation.revoked': Type.Object({ personId: Uuid, partnerId: Uuid }),
  'team.member.role-changed': Type.Object({ personId: Uuid, partnerId: Uuid, from: Type.String(), to: Type.String() }),
  'team.member.removed': Type.Object({ personId: Uuid, partnerId: Uuid, role: Type.String() }),
};

export type TeamEvents = typeof teamEvents;
