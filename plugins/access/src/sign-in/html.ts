/**
 * The few server-rendered pages of sign-in (the link confirmation must work before any widget loads,
 * and from a mail client's browser). Plain HTML forms, no script, the tenant's brand colour.
 */
import type { HttpExchange } from '@portico/core';
import type { Locale } from '../messages.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PageBrand {
  name: string;
  primaryColor: string;
  logoUrl: string | null;
}

const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

export function renderPage(http: HttpExchange, page: { locale: Locale; brand: PageBrand; title: string; body: string; status?: number }): void {
  const color = SAFE_COLOR.test(page.brand.primaryColor) ? page.brand.primaryColor : '#0b5cad';
  const logo = page.brand.logoUrl?.startsWith('https://') ? `<img src="${escapeHtml(page.brand.logoUrl)}" alt="" height="32">` : '';
  http.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  // Token pages must not leak their URL (which holds the token) to any other site.
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
<link rel="icon" href="${page.brand.logoUrl?.startsWith('https://') ? escapeHtml(page.brand.logoUrl) : 'data:,'}">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.brand.name)}</title>
<style>
  :root { color-scheme: light dark; --primary: ${color}; }
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: Canvas; color: CanvasText; }
  main { width: min(26rem, 100% - 2rem); padding: 2rem; border: 1px solid color-mix(in srgb, CanvasText 15%, transparent); border-radius: 12px; }
  header { display: flex; gap: .75rem; align-items: center; font-weight: 600; margin-bottom: 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
  input { width: 100%; box-sizing: border-box; font: inherit; padding: .6rem .7rem; border: 1px solid color-mix(in srgb, CanvasText 35%, transparent); border-radius: 8px; }
  button, .button { display: inline-block; margin-top: 1rem; font: inherit; font-weight: 600; padding: .6rem 1.2rem; border: 0; border-radius: 8px; background: var(--primary); color: #fff; cursor: pointer; text-decoration: none; }
  .error { color: #b42318; font-weight: 600; }
  hr { border: 0; border-top: 1px solid color-mix(in srgb, CanvasText 15%, transparent); margin: 1.5rem 0; }
</style>
</head>
<body><main><header>${logo}<span>${escapeHtml(page.brand.name)}</span></header>${page.body}</main></body>
</html>`,
    'text/html; charset=utf-8',
  );
}
