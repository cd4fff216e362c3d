/**
 * The deep link into the tenant's product for one client ("execution stays in the product"): the
 * tenant's template with `{clientExternalId}` and `{clientId}` filled in. Safe in a browser.
 */
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['clientExternalId', 'clientId']);

/** Why a template cannot be used, or null (an empty template is "no deep link"). */
export function templateProblem(template: string): string | null {
  if (template === '') return null;
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN.has(name)) return `{${name}} is not a placeholder; use {clientExternalId} or {clientId}.`;
  }
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, 'x'));
  } catch {
    return 'is not a URL.';
  }
  if (url.protocol !== 'https:') return 'must be an https URL.';
  return null;
}

/** The link for one client, or null when the tenant has none or the template needs an external id the client lacks. */
export function deepLinkFor(template: string, client: { id: string; externalId: string | null }): string | null {
  if (!template || templateProblem(template)) return null;
  if (template.includes('{clientExternalId}') && !client.externalId) return null;
  return template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(name === 'clientId' ? client.id : client.externalId!));
}
