/**
 * Territory rules: staff say which countries (ISO 3166-1 alpha-2) and named regions each partner may
 * register deals in. A deal whose customer country lies outside its partner's territory is flagged for
 * review (not refused: the reviewer decides). A partner without a rule may sell anywhere.
 */
import type { Knex } from 'knex';
import { problems } from '@portico/core';

/** Named regions a rule may use instead of listing countries. */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  DACH: ['DE', 'AT', 'CH'],
  BENELUX: ['BE', 'NL', 'LU'],
  NORDICS: ['DK', 'FI', 'IS', 'NO', 'SE'],
  UKI: ['GB', 'IE'],
  ANZ: ['AU', 'NZ'],
  NA: ['US', 'CA'],
  EU: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
  LATAM: ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'PR', 'UY', 'VE'],
  APAC: ['AU', 'BD', 'CN', 'HK', 'IN', 'ID', 'JP', 'KR', 'MY', 'NZ', 'PH', 'SG', 'LK', 'TW', 'TH', 'VN'],
  MEA: ['AE', 'BH', 'EG', 'IL', 'JO', 'KE', 'KW', 'MA', 'NG', 'OM', 'QA', 'SA', 'TN', 'TR', 'ZA'],
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A real ISO 3166-1 alpha-2 country code (upper case). */
export function isCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ' || code === 'EU' || code === 'UN') return false;
  try {
    return regionNames.of(code) !== code;
  } catch {
    return false;
  }
}

/** Upper-cases and checks each area; unknown ones are refused naming their position. */
export function normaliseAreas(areas: readonly string[], field = '/areas'): string[] {
  const out = new Set<string>();
  areas.forEach((raw, i) => {
    const area = raw.trim().toUpperCase();
    if (!(area in REGIONS) && !isCountry(area)) {
      throw problems.invalidField(`${field}/${i}`, `"${raw}" is neither a country code (ISO 3166-1 alpha-2) nor a region (${Object.keys(REGIONS).join(', ')}).`);
    }
    out.add(area);
  });
  return [...out].sort();
}

export function countriesOf(areas: readonly string[]): Set<string> {
  return new Set(areas.flatMap((area) => REGIONS[area] ?? [area]));
}

/** True when the partner has a rule and the country is outside it. Unknown country: not flagged. */
export async function isOutOfTerritory(db: Knex.Transaction, tenantId: string, partnerId: string, country: string | null): Promise<boolean> {
  if (!country) return false;
  const rule = await db('deal_territories').where({ tenantId, partnerId }).first('areas');
  if (!rule) return false;
  return !countriesOf(rule.areas as string[]).has(country);
}

export interface TerritoryRule {
  partnerId: string;
  partnerName: string;
  areas: string[];
  updatedAt: string;
}


function toRule(row: Record<string, any>): TerritoryRule {
  return { partnerId: row.partnerId, partnerName: row.partnerName, areas: row.areas, updatedAt: new Date(row.updatedAt).toISOString() };
}

export function territoryQuery(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  // Arrays come back as JSON so that pg and PGlite hand over the same JavaScript value.
  return db('deal_territories')
    .join('partners', 'partners.id', 'deal_territories.partner_id')
    .where('deal_territories.tenant_id', tenantId)
    .select('deal_territories.partner_id', 'partners.name as partner_name', db.raw('to_json(deal_territories.areas) as areas'), 'deal_territories.updated_at');
}

export async function readRule(db: Knex.Transaction, tenantId: string, partnerId: string): Promise<TerritoryRule | null> {
  const row = await territoryQuery(db, tenantId).where('deal_territories.partner_id', partnerId).first();
  return row ? toRule(row) : null;
}

export async function listRules(db: Knex.Transaction, tenantId: string, cursorPage: (q: Knex.QueryBuilder) => Promise<{ items: any[]; nextCursor: string | null }>) {
  const page = await cursorPage(territoryQuery(db, tenantId));
  return { items: page.items.map(toRule), nextCursor: page.nextCursor };
}

/** A partner of another tenant, or none, is a 404 whoever asks. */
export async function assertPartner(db: Knex.Transaction, tenantId: string, partnerId: string): Promise<void> {
  if (!(await db('partners').where({ tenantId, id: partnerId }).first('id'))) throw problems.notFound('No such partner.');
}

export async function setRule(db: Knex.Transaction, tenantId: string, partnerId: string, areas: readonly string[]) {
  await assertPartner(db, tenantId, partnerId);
  const clean = normaliseAreas(areas);
  const before = await readRule(db, tenantId, partnerId);
  await db('deal_territories')
    .insert({ tenantId, partnerId, areas: clean })
    .onConflict(['tenant_id', 'partner_id'])
    .merge({ areas: clean, updatedAt: db.fn.now() });
  const after = (await readRule(db, tenantId, partnerId))!;
  return { before, after };
}

export async function removeRule(db: Knex.Transaction, tenantId: string, partnerId: string) {
  const before = await readRule(db, tenantId, partnerId);
  if (!before) throw problems.notFound('This partner has no territory rule.');
  await db('deal_territories').where({ tenantId, partnerId }).delete();
  return before;
}
