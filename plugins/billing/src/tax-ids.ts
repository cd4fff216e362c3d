/**
 * Tax identifiers of billing contacts, checked by shape before they are stored:
 *
 * - in the 27 EU member states, a VAT number: the state's prefix (Greece: `EL`) and the pattern VIES
 *   publishes for it. It may be typed with spaces, dots or dashes and without its prefix (the billing
 *   address's country supplies it); it is stored upper-case, prefixed, without separators. A number
 *   whose prefix names another member state is checked against that state's pattern (a company may
 *   be registered for VAT elsewhere in the Union); with no country given, a recognised prefix decides;
 * - in the United States, an Employer Identification Number, NN-NNNNNNN, whose first two digits are
 *   a prefix the IRS assigns; stored as NN-NNNNNNN;
 * - anywhere else (or a company without a VAT registration outside the EU), any identifier of 1–40
 *   letters, digits, spaces, dots, dashes and slashes, stored as typed (trimmed): Portico does not know
 *   every country's forms, and refusing a valid one would stop a partner from setting up billing.
 *
 * Shape only: whether the number is registered is the tax authority's to say (VIES, the IRS).
 */

export type TaxIdKind = 'eu_vat' | 'us_ein' | 'other';

/** ISO 3166-1 alpha-2 country → VAT prefix and the pattern of what follows it. */
const EU_VAT: Record<string, { prefix: string; pattern: RegExp }> = {
  AT: { prefix: 'AT', pattern: /^U\d{8}$/ },
  BE: { prefix: 'BE', pattern: /^[01]\d{9}$/ },
  BG: { prefix: 'BG', pattern: /^\d{9,10}$/ },
  CY: { prefix: 'CY', pattern: /^\d{8}[A-Z]$/ },
  CZ: { prefix: 'CZ', pattern: /^\d{8,10}$/ },
  DE: { prefix: 'DE', pattern: /^\d{9}$/ },
  DK: { prefix: 'DK', pattern: /^\d{8}$/ },
  EE: { prefix: 'EE', pattern: /^\d{9}$/ },
  ES: { prefix: 'ES', pattern: /^(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/ },
  FI: { prefix: 'FI', pattern: /^\d{8}$/ },
  FR: { prefix: 'FR', pattern: /^[A-HJ-NP-Z0-9]{2}\d{9}$/ },
  GR: { prefix: 'EL', pattern: /^\d{9}$/ },
  HR: { prefix: 'HR', pattern: /^\d{11}$/ },
  HU: { prefix: 'HU', pattern: /^\d{8}$/ },
  IE: { prefix: 'IE', pattern: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/ },
  IT: { prefix: 'IT', pattern: /^\d{11}$/ },
  LT: { prefix: 'LT', pattern: /^(?:\d{9}|\d{12})$/ },
  LU: { prefix: 'LU', pattern: /^\d{8}$/ },
  LV: { prefix: 'LV', pattern: /^\d{11}$/ },
  MT: { prefix: 'MT', pattern: /^\d{8}$/ },
  NL: { prefix: 'NL', pattern: /^\d{9}B\d{2}$/ },
  PL: { prefix: 'PL', pattern: /^\d{10}$/ },
  PT: { prefix: 'PT', pattern: /^\d{9}$/ },
  RO: { prefix: 'RO', pattern: /^[1-9]\d{1,9}$/ },
  SE: { prefix: 'SE', pattern: /^\d{10}01$/ },
  SI: { prefix: 'SI', pattern: /^\d{8}$/ },
  SK: { prefix: 'SK', pattern: /^\d{10}$/ },
};

const BY_PREFIX = new Map(Object.entries(EU_VAT).map(([country, rule]) => [rule.prefix, { country, ...rule }]));

/**
 * EIN prefixes the IRS has never assigned (its list of campus and internet prefixes leaves these
 * out), so a number starting with one is a typing error.
 */
const UNASSIGNED_EIN_PREFIXES = new Set(['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']);

export const EU_MEMBER_STATES: readonly string[] = Object.keys(EU_VAT);

export type TaxIdCheck = { ok: true; value: string; kind: TaxIdKind } | { ok: false; message: string };

/** Whether `country` (ISO 3166-1 alpha-2) is an EU member state. */
export function isEuMemberState(country: string | null | undefined): boolean {
  return !!country && country.toUpperCase() in EU_VAT;
}

/** Checks `input` as the tax id of a billing contact in `country`; answers the value to store, or why not. */
export function checkTaxId(input: string, country: string | null | undefined): TaxIdCheck {
  const typed = input.trim();
  if (!typed) return { ok: false, message: 'cannot be blank; leave it out if the organisation has none.' };
  const place = country?.toUpperCase() ?? '';
  const compact = typed.toUpperCase().replace(/[\s.\-/]/g, '');

  // A VAT prefix counts in the Union (and when no country is given): elsewhere two letters are just letters.
  const prefixed = isEuMemberState(place) || !place ? BY_PREFIX.get(compact.slice(0, 2)) : undefined;
  if (prefixed || isEuMemberState(place)) {
    const rule = prefixed ?? { ...EU_VAT[place], country: place };
    const rest = prefixed ? compact.slice(2) : compact;
    if (!rule.pattern.test(rest)) {
      return { ok: false, message: `is not a VAT number of ${rule.country === 'GR' ? 'Greece' : rule.country} (${rule.prefix} followed by ${describe(rule.country)}).` };
    }
    return { ok: true, value: rule.prefix + rest, kind: 'eu_vat' };
  }

  if (place === 'US') {
    const digits = compact.replace(/^EIN/, '');
    if (!/^\d{9}$/.test(digits)) return { ok: false, message: 'is not an EIN: nine digits, written NN-NNNNNNN.' };
    if (UNASSIGNED_EIN_PREFIXES.has(digits.slice(0, 2))) return { ok: false, message: `is not an EIN: no EIN starts with ${digits.slice(0, 2)}.` };
    return { ok: true, value: `${digits.slice(0, 2)}-${digits.slice(2)}`, kind: 'us_ein' };
  }

  if (typed.length > 40 || !/^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u.test(typed)) {
    return { ok: false, message: 'must be 1 to 40 letters, digits, spaces, dots, dashes or slashes.' };
  }
  return { ok: true, value: typed, kind: 'other' };
}

/** What the number after the prefix looks like, for the refusal's message. */
function describe(country: string): string {
  const examples: Record<string, string> = {
    AT: 'U and 8 digits', BE: '10 digits starting with 0 or 1', BG: '9 or 10 digits', CY: '8 digits and a letter', CZ: '8 to 10 digits',
    DE: '9 digits', DK: '8 digits', EE: '9 digits', ES: 'a letter or digit, 7 digits and a letter or digit', FI: '8 digits',
    FR: '2 letters or digits and 9 digits', GR: '9 digits', HR: '11 digits', HU: '8 digits', IE: '8 or 9 characters', IT: '11 digits',
    LT: '9 or 12 digits', LU: '8 digits', LV: '11 digits', MT: '8 digits', NL: '9 digits, B and 2 digits', PL: '10 digits', PT: '9 digits',
    RO: '2 to 10 digits', SE: '12 digits ending in 01', SI: '8 digits', SK: '10 digits',
  };
  return examples[country] ?? 'the digits of the number';
}
