/**
 * Customer names and domains reduced to a comparison key, so that "Société Générale S.A." and
 * "societe generale" — or "https://www.acme.com/about" and "acme.com" — are recognised as the same
 * customer when two partners register it.
 */
import { domainToASCII } from 'node:url';

/** Legal-form words dropped from the end of a name (after dots are removed: "S.A." is "sa"). */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'gmbh', 'mbh', 'ug', 'kg', 'ohg', 'sas', 'sasu', 'sarl', 'eurl',
  'sa', 'sca', 'snc', 'bv', 'nv', 'ag', 'corp', 'corporation', 'co', 'company', 'plc', 'sl', 'slu', 'srl', 'spa', 'sro',
  'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'pty', 'kk', 'group', 'holding', 'holdings',
]);

/** The comparison key of a customer name: no case, accents, punctuation, spaces or legal form. */
export function customerKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Dots and apostrophes join what they separate: "S.A." → "sa", "O'Brien" → "obrien".
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join('');
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host name of a customer's web address, lowercase, without scheme, "www.", port or path; null
 * when what was given is not a domain name.
 */
export function customerDomainKey(input: string): string | null {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/^[^/@]*@/, '');
  host = host.split(/[/?#]/, 1)[0];
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  host = domainToASCII(host);
  if (!host) return null;
  while (host.startsWith('www.')) host = host.slice(4);
  const labels = host.split('.');
  if (labels.length < 2 || host.length > 253 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1])) return null;
  return host;
}
