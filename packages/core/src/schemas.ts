/** Schemas that every plugin reuses. */
import { Type, type TSchema } from '@sinclair/typebox';
import { LOCALES } from './locale.js';

export const Uuid = Type.String({ format: 'uuid' });
/** The schema, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const IdParams = Type.Object({ id: Uuid });
export const Timestamp = Type.String({ format: 'date-time' });
export const Email = Type.String({ format: 'email', maxLength: 254 });
/** A short human-entered text: trimmed by the caller, never empty. */
export const ShortText = (maxLength = 200) => Type.String({ minLength: 1, maxLength });

/** A locale code Portico speaks (see `LOCALES`), as a type and as the schema of requests and answers. */
export type Locale = (typeof LOCALES)[number];
export const Locale = Type.Union(LOCALES.map((locale) => Type.Literal(locale)));
