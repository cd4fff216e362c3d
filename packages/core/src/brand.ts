/**
 * The tenant's brand: its name in the portal, logo, colours, font and the "Powered by" footer. The
 * values end up in pages, CSS and `<img src>` of every partner's browser, so only values of a known,
 * harmless shape are accepted (the widgets check the same shapes again when they read them).
 */
import { Type, type Static } from '@sinclair/typebox';

/** Largest inline logo: a data URL beyond this belongs on a CDN (and in every page it would weigh). */
export const MAX_INLINE_LOGO_CHARS = 64 * 1024;

/** A hex colour, `#abc` or `#aabbcc`. */
export const HEX_COLOUR = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';
/** Family names and generic families, as a CSS `font-family` list: nothing that could end a declaration. */
export const FONT_LIST = `^[\\w\\s,'"-]{1,200}$`;

/** The brand as a tenant administrator sets it (`PUT /access/tenant/brand`). */
export const Brand = Type.Object({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'The programme’s name in the portal and emails' })),
  logoUrl: Type.Optional(
    Type.String({ minLength: 1, maxLength: MAX_INLINE_LOGO_CHARS, description: 'An https URL, or a small `data:image/png` or `data:image/svg+xml` URL (64 KB at most)' }),
  ),
  primaryColor: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Hex colour, e.g. #0b5cad' })),
  accentColor: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Hex colour, e.g. #f59e0b' })),
  fontFamily: Type.Optional(Type.String({ pattern: FONT_LIST, description: 'A CSS font-family list, e.g. "Inter, system-ui, sans-serif"' })),
  poweredBy: Type.Optional(Type.Boolean({ description: 'Show the "Powered by Portico" footer' })),
});

export type Brand = Static<typeof Brand>;
