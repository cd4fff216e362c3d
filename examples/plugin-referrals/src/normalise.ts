/**
 * A company name reduced to the key that duplicate detection compares: "Initech", " INITECH " and
 * "Ini tech" are one prospect. Case, width forms and white space are ignored; letters and punctuation
 * are kept, so different companies with close names stay apart.
 */
export function companyKey(company: string): string {
  return company.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
