/** Times and days as the API writes them: ISO timestamps, and `YYYY-MM-DD` days in UTC. */
import type { Knex } from 'knex';

export const iso = (value: Date | string): string => new Date(value).toISOString();
export const isoOrNull = (value: Date | string | null | undefined): string | null => (value === null || value === undefined ? null : iso(value));

/** The UTC day of a moment. */
export const dayOf = (moment: Date): string => moment.toISOString().slice(0, 10);

export function addDays(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * 86_400_000);
}

/** Whether `text` is a real calendar day (`2026-02-30` is not). */
export function isCalendarDay(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** A `date` column read as `YYYY-MM-DD` text, the same on pg and PGlite (never a JavaScript Date at local midnight). */
export function dayColumn(db: Knex, column: string, alias: string): Knex.Raw {
  return db.raw(`to_char(??, 'YYYY-MM-DD') as ??`, [column, alias]);
}
