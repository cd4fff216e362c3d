/**
 * The tenant's fleet settings, stored under `tenants.settings.fleet` and read with `ctx.settings()`;
 * the schema's defaults stand for a tenant that never changed them.
 */
import { defineSettings, problems, Type, type Static } from '@portico/core';
import { DEFAULT_CAPABILITIES } from './capabilities.js';
import { P } from './permissions.js';
import { templateProblem } from './deep-link.js';

export const CapabilityKey = Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$', description: 'Lowercase kebab-case, e.g. `file-returns`' });

export const FleetSettings = Type.Object({
  partnersMayRegisterClients: Type.Boolean({
    default: true,
    description: 'Whether partners register client companies themselves; when false, clients come only from the data feed and staff',
  }),
  invitationLifetimeDays: Type.Integer({
    minimum: 1,
    maximum: 90,
    default: 14,
    description: 'How long a client invitation’s link (and a mandate extension’s approval link) stays valid',
  }),
  capabilities: Type.Array(
    Type.Object({ key: CapabilityKey, label: Type.String({ minLength: 1, maxLength: 100 }) }),
    { minItems: 1, maxItems: 50, default: DEFAULT_CAPABILITIES.map((c) => ({ ...c })), description: 'What a mandate may let a partner do for a client' },
  ),
  extensionApproval: Type.Union([Type.Literal('client'), Type.Literal('staff')], {
    default: 'client',
    description: '`client`: the client’s contact approves a mandate extension through an emailed link; `staff`: the programme’s staff approve it',
  }),
  deepLinkTemplate: Type.String({
    maxLength: 500,
    default: '',
    description: 'https URL into the tenant’s product for one client, with `{clientExternalId}` and `{clientId}` placeholders, e.g. `https://app.example.com/c/{clientExternalId}`; empty for none',
  }),
  productName: Type.String({ maxLength: 100, default: '', description: 'The product the deep link opens ("Open in <product>"); the programme’s name when empty' }),
});
export type FleetSettings = Static<typeof FleetSettings>;

export const fleetSettings = defineSettings({
  schema: FleetSettings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the tenant’s fleet settings (mandate capabilities, invitation lifetime, extension approval, deep link)',
  example: { invitationLifetimeDays: 21, extensionApproval: 'staff' },
  beforeUpdate({ after }) {
    const seen = new Set<string>();
    after.capabilities.forEach((capability, i) => {
      if (seen.has(capability.key)) throw problems.invalidField(`/capabilities/${i}/key`, `"${capability.key}" is listed twice.`);
      seen.add(capability.key);
      if (!capability.label.trim()) throw problems.invalidField(`/capabilities/${i}/label`, 'must not be blank.');
    });
    const problem = templateProblem(after.deepLinkTemplate);
    if (problem) throw problems.invalidField('/deepLinkTemplate', problem);
  },
});
