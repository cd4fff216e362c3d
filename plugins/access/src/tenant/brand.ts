/**
 * The tenant's brand, stored on its row: its schema is core's `Brand`; here are the checks a schema
 * cannot make (a logo's bytes) and the reading and writing. The values end up in pages, CSS and
 * `<img src>` of every partner's browser, so only values of a known, harmless shape are stored.
 */
import type { Knex } from 'knex';
import { problems, type Brand } from '@portico/core';

/** Active content an SVG could carry; an `<img>` would not run it, but a logo has no use for it either. */
const SVG_ACTIVE = /<script|<foreignobject|\bon[a-z]+\s*=|javascript:|<!entity|xlink:href\s*=\s*["']?(?!#)|\bhref\s*=\s*["']?(?!#)/i;

/** Why `value` is not an acceptable logo, or null when it is. */
export function logoProblem(value: string): string | null {
  if (value.startsWith('https://')) {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname && !url.username && !url.password ? null : 'must be a plain https URL';
    } catch {
      return 'must be a valid https URL';
    }
  }
  const png = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (png) return Buffer.from(png[1], 'base64').subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ? null : 'is not a PNG image';
  const svg = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(value);
  if (svg) {
    let text: string;
    try {
      text = svg[1] ? Buffer.from(svg[2], 'base64').toString('utf8') : decodeURIComponent(svg[2]);
    } catch {
      return 'is not a readable SVG data URL';
    }
    if (!/<svg[\s>]/i.test(text)) return 'is not an SVG image';
    if (SVG_ACTIVE.test(text)) return 'must not contain scripts, event handlers, links or entities';
    return null;
  }
  return 'must be an https URL, or a data:image/png or data:image/svg+xml URL';
}

export async function readBrand(db: Knex.Transaction, tenantId: string): Promise<Brand> {
  const row = await db('tenants').where({ id: tenantId }).first('brand');
  return row?.brand ?? {};
}

/** Replaces the brand with exactly the fields given (an absent field is not set: defaults apply). */
export async function writeBrand(db: Knex.Transaction, tenantId: string, input: Brand): Promise<{ before: Brand; after: Brand }> {
  if (input.logoUrl !== undefined) {
    const problem = logoProblem(input.logoUrl);
    if (problem) throw problems.invalidField('/logoUrl', problem);
  }
  const after: Brand = {};
  if (input.displayName !== undefined) {
    const name = input.displayName.trim();
    if (!name) throw problems.invalidField('/displayName', 'must not be blank');
    after.displayName = name;
  }
  if (input.logoUrl !== undefined) after.logoUrl = input.logoUrl;
  if (input.primaryColor !== undefined) after.primaryColor = input.primaryColor.toLowerCase();
  if (input.accentColor !== undefined) after.accentColor = input.accentColor.toLowerCase();
  if (input.fontFamily !== undefined) after.fontFamily = input.fontFamily.trim();
  if (input.poweredBy !== undefined) after.poweredBy = input.poweredBy;
  const row = await db('tenants').where({ id: tenantId }).forUpdate().first('brand');
  await db('tenants').where({ id: tenantId }).update({ brand: JSON.stringify(after), updatedAt: db.fn.now() });
  return { before: row?.brand ?? {}, after };
}
