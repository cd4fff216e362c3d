/**
 * Sign-in, as an API (for the portal's widgets) and as server pages (for the emailed link).
 *
 * The link's GET only shows a confirmation page and changes nothing — mail scanners open links; HEAD
 * is answered the same way. The page's POST consumes the link.
 */
import { defineRoute, LOCALE_COOKIE, problems, Type, type RouteContext } from '@portico/core';
import { fromAcceptLanguage, pageWords, pickLocale, type Locale } from '../messages.js';
import { SignedIn, SignInRequest, SignInRequested, SignInWithCode } from '../schemas.js';
import { inspectLink, parseLinkToken, SIGNED_IN_PAGE } from '../links.js';
import { escapeHtml, renderPage, type PageBrand } from './html.js';
import { requestSignInLink, signInWithCode, signInWithLink, type SignInResult } from './service.js';

const EXAMPLE_TOKEN = `pl_00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}`;

async function brandOf(ctx: Pick<RouteContext, 'db' | 'tenant'>): Promise<{ brand: PageBrand; defaultLocale: string }> {
  const tenant = await ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand', 'default_locale');
  return {
    brand: { name: tenant.brand?.displayName || tenant.name, primaryColor: tenant.brand?.primaryColor ?? '#0b5cad', logoUrl: tenant.brand?.logoUrl ?? null },
    defaultLocale: tenant.defaultLocale,
  };
}

async function pageContext(ctx: RouteContext) {
  const { brand, defaultLocale } = await brandOf(ctx);
  // A language picked in the portal's header comes first, then the browser's, then the tenant's.
  const locale: Locale = pickLocale(ctx.http.cookie(LOCALE_COOKIE), fromAcceptLanguage(ctx.http.header('accept-language')), defaultLocale);
  return { brand, locale, words: pageWords[locale] };
}

function signInForm(words: Record<string, string>, email = ''): string {
  return `<form method="post" action="/sign-in">
<label for="email">${escapeHtml(words.emailLabel)}</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}">
<button type="submit">${escapeHtml(words.sendLink)}</button>
</form>`;
}

function codeForm(words: Record<string, string>, email: string, error?: string): string {
  return `<hr><h2>${escapeHtml(words.codeTitle)}</h2>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/sign-in/code">
<input type="hidden" name="email" value="${escapeHtml(email)}">
<label for="code">${escapeHtml(words.codeLabel)}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${escapeHtml(words.codeButton)}</button>
</form>`;
}

function refusalPage(ctx: RouteContext, page: Awaited<ReturnType<typeof pageContext>>, reason: 'used' | 'expired' | 'invalid'): void {
  const { words } = page;
  const [title, text, status] =
    reason === 'used' ? [words.usedTitle, words.usedText, 410] : reason === 'expired' ? [words.expiredTitle, words.expiredText, 410] : [words.invalidTitle, words.invalidText, 404];
  renderPage(ctx.http, {
    ...page,
    title,
    status,
    body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><a class="button" href="/sign-in">${escapeHtml(words.newLink)}</a>`,
  });
}

export const signInRoutes = [
  defineRoute({
    method: 'POST',
    path: '/access/sign-in',
    name: 'sign-in.request-link',
    summary: 'Email me a sign-in link',
    description: 'Answers 202 alike whether or not the address may sign in. Limited per address and per IP (429 with Retry-After).',
    public: true,
    status: 202,
    schemas: { body: SignInRequest, response: SignInRequested },
    async handler(ctx) {
      await requestSignInLink(ctx, ctx.body.email, ctx.body.redirectTo);
      return { status: 'sent' as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/sign-in/code',
    name: 'sign-in.redeem-code',
    summary: 'Sign in with the one-time code from the email',
    description: 'For signing in on another device than the one that received the email. Wrong codes are counted; after the tenant’s limit the link and its code are void.',
    public: true,
    status: 200,
    schemas: { body: SignInWithCode, response: SignedIn },
    async handler(ctx) {
      const result = await signInWithCode(ctx, ctx.body.email, ctx.body.code);
      if (!result.ok) {
        // The counted attempt (and its audit event) must stay although the request is refused.
        throw (result.reason === 'exhausted'
          ? problems.invalidField('/code', 'Too many wrong codes: this code is void. Ask for a new link.')
          : problems.invalidField('/code', 'This code is not right, or it has expired.')
        ).keepChanges();
      }
      return { status: 'signed-in' as const, verificationToken: result.session.verificationToken, redirectTo: result.redirectTo, mfaRequired: result.session.mfaState === 'pending' };
    },
  }),
];

export const signInPages = [
  defineRoute({
    method: 'GET',
    path: '/sign-in',
    name: 'sign-in-page.show',
    summary: 'Sign-in page: enter your email',
    public: true,
    schemas: {},
    async handler(ctx) {
      const page = await pageContext(ctx);
      renderPage(ctx.http, { ...page, title: page.words.signInTitle, body: `<h1>${escapeHtml(page.words.signInTitle)}</h1><p>${escapeHtml(page.words.signInText)}</p>${signInForm(page.words)}` });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/sign-in',
    name: 'sign-in-page.submit',
    summary: 'Sign-in page: send the link',
    public: true,
    bodyType: 'form',
    status: 200,
    schemas: { body: Type.Object({ email: Type.String({ maxLength: 254 }) }, { examples: [{ email: 'alice@acme.example' }] }) },
    async handler(ctx) {
      const page = await pageContext(ctx);
      const email = ctx.body.email.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        renderPage(ctx.http, { ...page, status: 400, title: page.words.signInTitle, body: `<h1>${escapeHtml(page.words.signInTitle)}</h1><p class="error" role="alert">${escapeHtml(page.words.emailLabel)}</p>${signInForm(page.words, email)}` });
        return;
      }
      try {
        await requestSignInLink(ctx, email);
      } catch (error) {
        if ((error as { status?: number }).status === 429) {
          renderPage(ctx.http, { ...page, status: 429, title: page.words.signInTitle, body: `<h1>${escapeHtml(page.words.signInTitle)}</h1><p class="error" role="alert">${escapeHtml(page.words.tooMany)}</p>` });
          return;
        }
        throw error;
      }
      renderPage(ctx.http, {
        ...page,
        title: page.words.checkTitle,
        body: `<h1>${escapeHtml(page.words.checkTitle)}</h1><p>${escapeHtml(page.words.checkText.replace('{email}', email))}</p>${codeForm(page.words, email)}`,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/sign-in/link',
    name: 'link-page.show',
    summary: 'The emailed link: a confirmation page that changes nothing',
    public: true,
    schemas: { query: Type.Object({ token: Type.Optional(Type.String({ maxLength: 300 })) }) },
    async handler(ctx) {
      const page = await pageContext(ctx);
      const parsed = parseLinkToken(ctx.query.token);
      if (!parsed || parsed.tenantId !== ctx.tenant.id) return refusalPage(ctx, page, 'invalid');
      const link = await inspectLink(ctx.db, parsed.secret);
      if (link.status !== 'valid') return refusalPage(ctx, page, link.status);
      const person = await ctx.db('people').where({ id: link.personId }).first('email', 'locale');
      const locale = pickLocale(person?.locale, page.locale);
      const words = pageWords[locale];
      renderPage(ctx.http, {
        ...page,
        locale,
        title: words.confirmTitle,
        body: `<h1>${escapeHtml(words.confirmTitle)}</h1><p>${escapeHtml(words.confirmText.replace('{email}', person?.email ?? ''))}</p>
<form method="post" action="/sign-in/link"><input type="hidden" name="token" value="${escapeHtml(ctx.query.token!)}"><button type="submit">${escapeHtml(words.confirmButton)}</button></form>`,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/sign-in/link',
    name: 'link-page.confirm',
    summary: 'Confirm the emailed link: consumes it and signs in',
    public: true,
    bodyType: 'form',
    status: 303,
    schemas: { body: Type.Object({ token: Type.String({ maxLength: 300 }) }, { examples: [{ token: EXAMPLE_TOKEN }] }) },
    async handler(ctx) {
      const parsed = parseLinkToken(ctx.body.token);
      const result: SignInResult = parsed && parsed.tenantId === ctx.tenant.id ? await signInWithLink(ctx, parsed.secret) : { ok: false, reason: 'invalid' };
      if (!result.ok) {
        if (!parsed) await ctx.audit({ action: 'access.sign-in.link-refused', targetType: 'link', after: { reason: 'malformed' } });
        return refusalPage(ctx, await pageContext(ctx), result.reason === 'used' || result.reason === 'expired' ? result.reason : 'invalid');
      }
      ctx.http.setHeader('Referrer-Policy', 'no-referrer');
      ctx.http.redirect(result.redirectTo);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/sign-in/code',
    name: 'code-page.submit',
    summary: 'Sign in with the one-time code (HTML form)',
    public: true,
    bodyType: 'form',
    status: 303,
    schemas: { body: Type.Object({ email: Type.String({ maxLength: 254 }), code: Type.String({ maxLength: 12 }) }, { examples: [{ email: 'alice@acme.example', code: '123456' }] }) },
    async handler(ctx) {
      const code = ctx.body.code.replace(/\s/g, '');
      let result: SignInResult;
      try {
        result = /^[0-9]{6}$/.test(code) ? await signInWithCode(ctx, ctx.body.email, code) : { ok: false, reason: 'wrong-code' };
      } catch (error) {
        if ((error as { status?: number }).status !== 429) throw error;
        const page = await pageContext(ctx);
        return renderPage(ctx.http, { ...page, status: 429, title: page.words.codeTitle, body: `<h1>${escapeHtml(page.words.codeTitle)}</h1><p class="error" role="alert">${escapeHtml(page.words.tooMany)}</p>` });
      }
      if (!result.ok) {
        const page = await pageContext(ctx);
        const message = result.reason === 'exhausted' ? page.words.tooMany : page.words.codeWrong;
        return renderPage(ctx.http, { ...page, status: 400, title: page.words.codeTitle, body: `<h1>${escapeHtml(page.words.checkTitle)}</h1>${codeForm(page.words, ctx.body.email, message)}` });
      }
      ctx.http.redirect(result.redirectTo);
    },
  }),
  defineRoute({
    method: 'GET',
    path: SIGNED_IN_PAGE,
    name: 'signedInPage',
    summary: 'Where a sign-in lands when no page asked for it',
    permission: 'access.mfa',
    schemas: {},
    async handler(ctx) {
      const page = await pageContext(ctx);
      const person = await ctx.db('people').where({ id: ctx.actor!.personId }).first('name');
      renderPage(ctx.http, { ...page, title: page.words.signedIn, body: `<h1>${escapeHtml(page.words.signedIn)}</h1><p>${escapeHtml(person?.name ?? '')}</p>` });
    },
  }),
];
