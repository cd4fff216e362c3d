import { expect } from '@open-wc/testing';
import { currencyExponent, formatDate, formatMoney, formatNumber, formatRelativeTime, parseDecimal, percentOf, plural } from './format.js';

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

  it('reads an amount as the reader writes it, and a plain decimal point in any locale (issue 23, item 10)', () => {
    expect(parseDecimal('12,000', 'en')).to.equal('12000');
    expect(parseDecimal('12,000.50', 'en')).to.equal('12000.50');
    expect(parseDecimal('1250.00', 'en')).to.equal('1250.00');
    expect(parseDecimal('12 000,50', 'fr')).to.equal('12000.50');
    expect(parseDecimal('12\u202f000,5', 'fr')).to.equal('12000.5');
    expect(parseDecimal('1250.00', 'fr')).to.equal('1250.00');
    expect(parseDecimal('12.000', 'es')).to.equal('12000');
    expect(parseDecimal('1.250,75', 'es')).to.equal('1250.75');
    expect(parseDecimal('1250.00', 'es')).to.equal('1250.00');
    expect(parseDecimal(' 48 000 ', 'en')).to.equal('48000');
    // Not a number in the reader's way: left for the server to refuse, naming the field.
    expect(parseDecimal('12,5', 'en')).to.equal('12,5');
    expect(parseDecimal('1,2,3', 'en')).to.equal('1,2,3');
    expect(parseDecimal('ten', 'fr')).to.equal('ten');
  });

  it('counts in the reader\'s grammar, and rounds a share for reading but never up to a mark it missed (issue 23, item 10)', () => {
    const files = (n: number, locale: 'en' | 'fr' | 'es') => plural(n, { one: `${n} file`, other: `${n} files` }, locale);
    expect(files(1, 'en')).to.equal('1 file');
    expect(files(0, 'en')).to.equal('0 files');
    expect(files(2, 'en')).to.equal('2 files');
    expect(files(0, 'fr'), 'French counts zero as one').to.equal('0 file');
    expect(files(1, 'es')).to.equal('1 file');
    expect(percentOf(5, 7)).to.equal(71.43);
    expect(percentOf(1, 3)).to.equal(33.33);
    expect(percentOf(79996, 100000, 80)).to.equal(79.99);
    expect(percentOf(80, 100, 80)).to.equal(80);
    expect(percentOf(1, 0)).to.equal(0);
  });
});
