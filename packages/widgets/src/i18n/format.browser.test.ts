import { expect } from '@open-wc/testing';
import { currencyExponent, formatDate, formatMoney, formatNumber, formatRelativeTime } from './format.js';

describe('formatting by locale', () => {
  it('formats money from minor units with the currency’s own exponent', () => {
    expect(formatMoney(123456, 'EUR', 'en')).to.equal('€1,234.56');
    expect(formatMoney(123456, 'EUR', 'fr')).to.equal('1\u202f234,56\u00a0€');
    expect(formatMoney(123456, 'EUR', 'es')).to.equal('1234,56\u00a0€');
    expect(formatMoney(1500, 'JPY', 'en')).to.equal('¥1,500');
    expect(formatMoney(1234, 'BHD', 'en')).to.equal('BHD\u00a01.234');
    expect(formatMoney(-5, 'USD', 'en')).to.equal('-$0.05');
  });

  it('keeps amounts beyond float precision exact', () => {
    expect(formatMoney(9007199254740993n, 'USD', 'en')).to.equal('$90,071,992,547,409.93');
  });

  it('refuses a fractional minor amount rather than rounding it', () => {
    expect(() => formatMoney(10.5, 'USD', 'en')).to.throw();
  });

  it('knows currency exponents', () => {
    expect([currencyExponent('USD'), currencyExponent('JPY'), currencyExponent('KWD')]).to.deep.equal([2, 0, 3]);
  });

  it('formats dates, numbers and relative times per locale', () => {
    const date = new Date(Date.UTC(2026, 10, 23, 12));
    expect(formatDate(date, 'en', { timeZone: 'UTC' })).to.equal('Nov 23, 2026');
    expect(formatDate(date, 'fr', { timeZone: 'UTC' })).to.equal('23 nov. 2026');
    expect(formatDate(date, 'es', { timeZone: 'UTC' })).to.equal('23 nov 2026');
    expect(formatNumber(1234.5, 'fr')).to.equal('1\u202f234,5');
    const now = new Date('2026-11-23T12:00:00Z');
    expect(formatRelativeTime(new Date('2026-11-20T12:00:00Z'), 'en', now)).to.equal('3 days ago');
    expect(formatRelativeTime(new Date('2026-11-23T14:00:00Z'), 'fr', now)).to.equal('dans 2 heures');
    expect(formatRelativeTime(new Date('2026-11-22T12:00:00Z'), 'es', now)).to.equal('ayer');
  });
});
