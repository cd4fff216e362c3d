/**
 * The pages a client's contact opens from an email: plain HTML in the tenant's brand, no script, a
 * strict CSP, nothing cached, and no referrer (the page's URL holds the link's secret).
 */
import type { HttpExchange, Locale } from '@portico/core';
import type { Programme } from '../programme.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

export interface ContactPage {
  locale: Locale;
  programme: Programme;
  title: string;
  /** Already escaped HTML. */
  body: string;
  status?: number;
}

export function sendContactPage(http: HttpExchange, page: ContactPage): void {
  const color = page.programme.primaryColor && SAFE_COLOR.test(page.programme.primaryColor) ? page.programme.primaryColor : '#0b5cad';
  const logo = page.programme.logoUrl?.startsWith('https://') ? `<img src="${escapeHtml(page.programme.logoUrl)}" alt="" height="32">` : '';
  http.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  http.setHeader('Referrer-Policy', 'no-referrer');
  http.setHeader('Cache-Control', 'no-store');
  if (page.status) http.status(page.status);
  http.send(
    `<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.programme.name)}</title>
<style>
  :root { color-scheme: light dark; --primary: ${color}; }
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: Canvas; color: CanvasText; }
  main { width: min(34rem, 100% - 2rem); padding: 2rem; margin: 1rem 0; border: 1px solid color-mix(in srgb, CanvasText 15%, transparent); border-radius: 12px; }
  header { display: flex; gap: .75rem; align-items: center; font-weight: 600; margin-bottom: 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .75rem; }
  h2 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
  blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 4px solid color-mix(in srgb, CanvasText 20%, transparent); white-space: pre-wrap; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
  th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid color-mix(in srgb, CanvasText 15%, transparent); }
  ins { text-decoration: none; font-weight: 600; }
  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
  textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid color-mix(in srgb, CanvasText 35%, transparent); border-radius: 8px; }
  .choices { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-top: 1.5rem; }
  .choices form { margin: 0; }
  button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border-radius: 8px; cursor: pointer; }
  .primary { border: 0; background: var(--primary); color: #fff; }
  .secondary { border: 1px solid color-mix(in srgb, CanvasText 35%, transparent); background: Canvas; color: CanvasText; }
  details { margin-top: 1rem; }
</style>
</head>
<body><main><header>${logo}<span>${escapeHtml(page.programme.name)}</span></header>${page.body}</main></body>
</html>`,
    'text/html; charset=utf-8',
  );
}
