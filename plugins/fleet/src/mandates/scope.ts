/** A mandate's scope names only capabilities the tenant defines. */
import { problems } from '@portico/core';
import type { FleetSettings } from '../settings.js';

export function checkScope(settings: Pick<FleetSettings, 'capabilities'>, scope: readonly string[] | undefined, field = '/scope'): void {
  if (!scope) return;
  const known = new Set(settings.capabilities.map((c) => c.key));
  scope.forEach((key, i) => {
    if (!known.has(key)) throw problems.invalidField(`${field}/${i}`, `"${key}" is not one of the programme’s capabilities.`);
  });
}
