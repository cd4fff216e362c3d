/**
 * The tenant's brand: its name in the portal, logo, colours, font and the "Powered by" footer. The
 * values end up in pages, CSS and `<img src>` of every partner's browser, so only values of a known,
 * harmless shape are stored (the widgets check the same shapes again when they read them).
 */
import type { Knex } from 'knex';
import { type Brand, problems, Type } from '@portico/core';

/** Largest inline logo: a data URL beyond this belongs on a CDN (and in every page it would weigh). */
export const MAX_INLINE_LOGO_CHARS = 64 * 1024;

export const HEX_COLOUR = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';
/** Family names and generic families, as a CSS `font-family` list: nothing that could end a declaration. */
export const FONT_LIST = `^[\\w\\s,'"-]{1,200}$`;

export const BrandSchema = Type.Object({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'The programme’s name in the portal and emails' })),
  logoUrl: Type.Optional(
    Type.String({ minLength: 1, maxLength: MAX_INLINE_LOGO_CHARS, description: 'An https URL, or a small `data:image/png` or `data:image/svg+xml` URL (64 KB at most)' }),
  ),
  primaryColor: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Hex colour, e.g. #0b5cad' })),
  accentColor: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Hex colour, e.g. #f59e0b' })),
  fontFamily: Type.Optional(Type.String({ pattern: FONT_LIST, description: 'A CSS font-family list, e.g. "Inter, system-ui, sans-serif"' })),
  poweredBy: Type.Optional(Type.Boolean({ description: 'Show the "Powered by Portico" footer' })),
});

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
