/** Tax ids and money, the pure rules the API's 400s come from. */
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '@portico/core';
import { checkTaxId, EU_MEMBER_STATES } from '../src/tax-ids.js';
import { currencyExponent, formatDecimal, money, parseDecimal } from '../src/money.js';

/** A VAT number of the right shape for each member state (as written on invoices, separators and all). */
const VALID_VAT: Record<string, [typed: string, stored: string]> = {
  AT: ['ATU13585627', 'ATU13585627'], BE: ['BE 0417.497.106', 'BE0417497106'], BG: ['BG175074752', 'BG175074752'], CY: ['CY10259033P', 'CY10259033P'],
  CZ: ['CZ25123891', 'CZ25123891'], DE: ['DE 129 273 398', 'DE129273398'], DK: ['DK13585628', 'DK13585628'], EE: ['EE100931558', 'EE100931558'],
  ES: ['ES-B12345678', 'ESB12345678'], FI: ['FI20774740', 'FI20774740'], FR: ['FR 40 303 265 045', 'FR40303265045'], GR: ['EL094259216', 'EL094259216'],
  HR: ['HR33392005961', 'HR33392005961'], HU: ['HU12892312', 'HU12892312'], IE: ['IE6388047V', 'IE6388047V'], IT: ['IT00743110157', 'IT00743110157'],
  LT: ['LT119511515', 'LT119511515'], LU: ['LU15027442', 'LU15027442'], LV: ['LV40003521600', 'LV40003521600'], MT: ['MT11679112', 'MT11679112'],
  NL: ['NL004495445B01', 'NL004495445B01'], PL: ['PL5260001246', 'PL5260001246'], PT: ['PT501964843', 'PT501964843'], RO: ['RO18547290', 'RO18547290'],
  SE: ['SE556188840401', 'SE556188840401'], SI: ['SI50223054', 'SI50223054'], SK: ['SK2022749619', 'SK2022749619'],
};

describe('tax ids', () => {
  it('knows the VAT number of each of the 27 member states, typed with separators, and stores it compact', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    for (const country of EU_MEMBER_STATES) {
      const [typed, stored] = VALID_VAT[country];
      expect(checkTaxId(typed, country), country).toEqual({ ok: true, value: stored, kind: 'eu_vat' });
    }
  });

  it('adds the country’s prefix when it was left out, and refuses a wrong shape', () => {
    expect(checkTaxId('129273398', 'DE')).toEqual({ ok: true, value: 'DE129273398', kind: 'eu_vat' });
    expect(checkTaxId('094259216', 'GR')).toEqual({ ok: true, value: 'EL094259216', kind: 'eu_vat' });
    for (const [typed, country] of [['DE12927339', 'DE'], ['FR403032650', 'FR'], ['NL004495445A01', 'NL'], ['ATU1358562', 'AT'], ['SE556188840402', 'SE'], ['GR094259216', 'GR']]) {
      const check = checkTaxId(typed, country);
      expect(check.ok, `${typed} in ${country}`).toBe(false);
    }
    expect(checkTaxId('FR123', 'FR')).toEqual({ ok: false, message: expect.stringContaining('VAT number of FR') });
  });

  it('checks a VAT number of another member state against that state', () => {
    expect(checkTaxId('DE129273398', 'FR')).toEqual({ ok: true, value: 'DE129273398', kind: 'eu_vat' });
    expect(checkTaxId('DE1292733', 'FR').ok).toBe(false);
  });

  it('takes a US EIN as NN-NNNNNNN, and refuses prefixes the IRS never assigns', () => {
    expect(checkTaxId('12-3456789', 'US')).toEqual({ ok: true, value: '12-3456789', kind: 'us_ein' });
    expect(checkTaxId('123456789', 'US')).toEqual({ ok: true, value: '12-3456789', kind: 'us_ein' });
    expect(checkTaxId('12-345678', 'US').ok).toBe(false);
    expect(checkTaxId('07-3456789', 'US')).toEqual({ ok: false, message: expect.stringContaining('no EIN starts with 07') });
  });

  it('takes any reasonable identifier elsewhere, and refuses blanks, oversized and odd characters', () => {
    expect(checkTaxId(' CHE-123.456.789 ', 'CH')).toEqual({ ok: true, value: 'CHE-123.456.789', kind: 'other' });
    expect(checkTaxId('ATM850101AB1', 'MX')).toEqual({ ok: true, value: 'ATM850101AB1', kind: 'other' });
    expect(checkTaxId('   ', 'CH').ok).toBe(false);
    expect(checkTaxId('x'.repeat(41), 'CH').ok).toBe(false);
    expect(checkTaxId('12<script>', 'CH').ok).toBe(false);
  });
});

describe('money', () => {
  it('reads decimal text exactly in the currency’s minor unit, with its exponent', () => {
    expect(parseDecimal('1490.5', 'EUR', '/price')).toBe(149050);
    expect(parseDecimal('5000', 'JPY', '/price')).toBe(5000);
    expect(parseDecimal('1.234', 'BHD', '/price')).toBe(1234);
    expect(parseDecimal('90071992547409.91', 'USD', '/price')).toBe(9007199254740991);
    expect(currencyExponent('KWD')).toBe(3);
    expect(formatDecimal(149050, 'EUR')).toBe('1490.50');
    expect(formatDecimal(7, 'EUR')).toBe('0.07');
    expect(formatDecimal(5000, 'JPY')).toBe('5000');
    expect(money('1234', 'BHD')).toEqual({ minor: 1234, currency: 'BHD', exponent: 3, value: '1.234' });
  });

  it('refuses more decimals than the currency has, amounts too large, and anything but digits', () => {
    const fieldOf = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return (error as HttpProblem).errors?.[0];
      }
      return null;
    };
    expect(fieldOf(() => parseDecimal('10.5', 'JPY', '/amount'))).toMatchObject({ field: '/amount', message: 'JPY amounts have no decimals.' });
    expect(fieldOf(() => parseDecimal('10.123', 'EUR', '/amount'))).toMatchObject({ message: 'EUR amounts have at most 2 decimals.' });
    expect(fieldOf(() => parseDecimal('90071992547409.92', 'USD', '/amount'))).toMatchObject({ message: 'is larger than an amount can be.' });
    for (const text of ['1,000.00', '-1', '1e3', '', '.5']) expect(fieldOf(() => parseDecimal(text, 'EUR', '/amount')), text).toMatchObject({ field: '/amount' });
  });
});
