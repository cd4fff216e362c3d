/**
 * The client contact's pages, opened from the links they are emailed: an invitation to accept or
 * decline, a mandate extension to approve or decline. A client contact is no person of the portal:
 * the link is all they hold, and it reaches its own invitation or proposal only (any other id is a
 * 404 page). The GET shows and changes nothing — mail scanners open links; the page's POST form
 * consumes the link.
 *
 * The forms set `verifyRequest: false`: the link's secret, posted in the form, is what proves the
 * request, and a portal session the same browser may hold (a partner trying both sides) must neither
 * be needed nor stand in the way. They still refuse a post from another site.
 */
import { crossSiteProblem, pickLocale, Type, type Locale, type RouteContext, type RouteDefinition } from '@portico/core';
import { capabilityLabel } from '../capabilities.js';
import type { FleetEffects } from '../context.js';
import type { FleetEvents } from '../events.js';
import { invitationForLink, respondToInvitation, type InvitationRow } from '../invitations/service.js';
import { inspectLink, type LinkState } from '../links.js';
import { proposalForLink, respondToProposal } from '../mandates/service.js';
import type { ProposalRow } from '../mandates/queries.js';
import { programmeOf, type Programme } from '../programme.js';
import type { FleetSettings } from '../settings.js';
import { defineRoute } from '../types.js';
import { escapeHtml, sendContactPage } from './html.js';
import { extensionLines, formatDay, fromAcceptLanguage, wordsFor } from './messages.js';

type PageContext = RouteContext<{ id: string }, unknown, unknown, FleetSettings, FleetEvents>;

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const LinkQuery = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200 })) });
const EXAMPLE_TOKEN = 'A'.repeat(43);

async function effectsOf(ctx: PageContext): Promise<FleetEffects> {
  return { db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), audit: ctx.audit, emit: ctx.emit, sendMail: ctx.sendMail, publicUrl: ctx.publicUrl };
}

interface Page {
  programme: Programme;
  locale: Locale;
}

async function pageFor(ctx: PageContext, contactLocale: string | null | undefined): Promise<Page> {
  const programme = await programmeOf(ctx.db, ctx.tenant.id);
  return { programme, locale: pickLocale(contactLocale, fromAcceptLanguage(ctx.http.header('accept-language')), programme.defaultLocale) };
}

/** The page a link that cannot be used shows: why, and what to do. */
function refusal(ctx: PageContext, page: Page, state: Exclude<LinkState, 'valid'> | 'closed'): void {
  const w = wordsFor(page.locale);
  const [title, text, status] = {
    used: [w.usedTitle, w.usedText, 410],
    expired: [w.expiredTitle, w.expiredText, 410],
    invalid: [w.invalidTitle, w.invalidText, 404],
    closed: [w.closedTitle, w.closedText, 410],
  }[state] as [string, string, number];
  sendContactPage(ctx.http, { ...page, title, status, body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` });
}

function done(ctx: PageContext, page: Page, title: string, text: string): void {
  sendContactPage(ctx.http, { ...page, title, body: `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(text)}</p>` });
}

const tokenField = (token: string) => `<input type="hidden" name="token" value="${escapeHtml(token)}">`;

function decisionForms(action: string, token: string, words: { yes: string; yesValue: string; no: string; noValue: string; reason: string }): string {
  return `<div class="choices">
<form method="post" action="${escapeHtml(action)}">${tokenField(token)}<input type="hidden" name="decision" value="${words.yesValue}"><button class="primary" type="submit">${escapeHtml(words.yes)}</button></form>
</div>
<details><summary>${escapeHtml(words.no)}</summary>
<form method="post" action="${escapeHtml(action)}">${tokenField(token)}<input type="hidden" name="decision" value="${words.noValue}">
<label for="reason">${escapeHtml(words.reason)}</label><textarea id="reason" name="reason" rows="3" maxlength="1000"></textarea>
<div class="choices"><button class="secondary" type="submit">${escapeHtml(words.no)}</button></div></form></details>`;
}

function invitationPage(ctx: PageContext, page: Page, row: InvitationRow, token: string, settings: FleetSettings): void {
  const w = wordsFor(page.locale);
  const title = w.invitationTitle(row.partnerName, row.companyName);
  const validity = w.validity(formatDay(row.validFrom, page.locale), row.validUntil ? formatDay(row.validUntil, page.locale) : null);
  const body = `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(w.invitationLead(row.partnerName, page.programme.name, row.companyName))}</p>
<ul>${row.scope.map((key) => `<li>${escapeHtml(capabilityLabel(key, settings.capabilities, page.locale))}</li>`).join('')}</ul>
<p>${escapeHtml(validity)}</p>
${row.message ? `<h2>${escapeHtml(w.theirMessage)}</h2><blockquote>${escapeHtml(row.message)}</blockquote>` : ''}
${decisionForms(`/client-invitations/${row.id}`, token, { yes: w.accept, yesValue: 'accept', no: w.decline, noValue: 'decline', reason: w.declineReason })}`;
  sendContactPage(ctx.http, { ...page, title, body });
}

function termsCell(page: Page, settings: FleetSettings, terms: { scope: string[]; validFrom: string; validUntil: string | null; status: string }, added: readonly string[] = []): string {
  const w = wordsFor(page.locale);
  const items = terms.scope.map((key) => {
    const label = escapeHtml(capabilityLabel(key, settings.capabilities, page.locale));
    return `<li>${added.includes(key) ? `<ins>+ ${label}</ins>` : label}</li>`;
  });
  const validity = w.validity(formatDay(terms.validFrom, page.locale), terms.validUntil ? formatDay(terms.validUntil, page.locale) : null);
  return `<ul>${items.join('')}</ul><p>${escapeHtml(validity)}${terms.status === 'suspended' ? ` (${escapeHtml(w.suspended)})` : ''}</p>`;
}

async function proposalPage(ctx: PageContext, page: Page, row: ProposalRow, token: string, settings: FleetSettings): Promise<void> {
  const w = wordsFor(page.locale);
  const current = await ctx.db('fleet_mandates').where({ id: row.mandateId }).first(ctx.db.raw('to_json(scope) as scope'), 'status', ctx.db.raw(`to_char(valid_from, 'YYYY-MM-DD') as valid_from`), ctx.db.raw(`to_char(valid_until, 'YYYY-MM-DD') as valid_until`));
  const title = w.proposalTitle(row.partnerName, row.clientName);
  const proposed = { scope: row.scope, validFrom: row.validFrom, validUntil: row.validUntil, status: row.termsStatus };
  const body = `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(w.proposalLead(row.partnerName, page.programme.name, row.clientName))}</p>
<ul>${extensionLines(page.locale, row.diff, settings.capabilities).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
<table><thead><tr><th scope="col">${escapeHtml(w.now)}</th><th scope="col">${escapeHtml(w.ifApproved)}</th></tr></thead>
<tbody><tr><td>${current ? termsCell(page, settings, current) : ''}</td><td>${termsCell(page, settings, proposed, row.diff.scope?.added ?? [])}</td></tr></tbody></table>
<h2>${escapeHtml(w.theirReason)}</h2><blockquote>${escapeHtml(row.reason)}</blockquote>
${decisionForms(`/client-mandate-proposals/${row.id}`, token, { yes: w.approve, yesValue: 'approve', no: w.decline, noValue: 'decline', reason: w.declineReason })}`;
  sendContactPage(ctx.http, { ...page, title, body });
}

async function contactLocaleOfClient(ctx: PageContext, clientId: string | undefined): Promise<string | null> {
  if (!clientId) return null;
  return (await ctx.db('fleet_client_contacts').where({ clientId }).first('locale'))?.locale ?? null;
}

const invitationOpen = (row: InvitationRow) => (row.status === 'sent' || row.status === 'resent') && new Date(row.expiresAt).getTime() > Date.now();
const proposalOpen = (row: ProposalRow) => row.status === 'pending' && row.approver === 'client' && new Date(row.expiresAt).getTime() > Date.now();

export const contactPages: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/client-invitations/:id',
    name: 'client-invitation-page.show',
    summary: 'The invitation a client’s contact was emailed: who asks, for what; changes nothing',
    public: true,
    schemas: { params: IdParams, query: LinkQuery },
    async handler(ctx) {
      const row = await invitationForLink(ctx.db, ctx.tenant.id, ctx.params.id);
      const page = await pageFor(ctx, row?.locale);
      const state = row ? await inspectLink(ctx.db, 'invitation', row.id, ctx.query.token) : 'invalid';
      if (state !== 'valid') return refusal(ctx, page, state);
      if (!invitationOpen(row!)) return refusal(ctx, page, 'closed');
      invitationPage(ctx, page, row!, ctx.query.token!, await ctx.settings());
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/client-invitations/:id',
    name: 'client-invitation-page.respond',
    summary: 'The contact accepts or declines the invitation: consumes the link',
    public: true,
    bodyType: 'form',
    verifyRequest: false,
    status: 200,
    schemas: {
      params: IdParams,
      body: Type.Object(
        { token: Type.String({ maxLength: 200 }), decision: Type.Union([Type.Literal('accept'), Type.Literal('decline')]), reason: Type.Optional(Type.String({ maxLength: 1000 })) },
        { examples: [{ token: EXAMPLE_TOKEN, decision: 'decline', reason: 'We work with another firm.' }] },
      ),
    },
    async handler(ctx) {
      const crossSite = crossSiteProblem(ctx.http);
      if (crossSite) throw crossSite;
      const response = ctx.body.decision === 'accept' ? ({ decision: 'accept' } as const) : ({ decision: 'decline', reason: ctx.body.reason } as const);
      const result = await respondToInvitation(await effectsOf(ctx), ctx.params.id, ctx.body.token, response);
      const page = await pageFor(ctx, result.invitation?.locale);
      if (result.outcome !== 'accepted' && result.outcome !== 'declined') {
        if (result.invitation) await ctx.audit({ action: 'fleet.invitation.link-refused', targetType: 'invitation', targetId: result.invitation.id, partnerId: result.invitation.partnerId, after: { reason: result.outcome } });
        return refusal(ctx, page, result.outcome);
      }
      const w = wordsFor(page.locale);
      const row = result.invitation;
      if (result.outcome === 'accepted') done(ctx, page, w.acceptedTitle, w.acceptedText(row.partnerName, row.companyName));
      else done(ctx, page, w.declinedTitle, w.declinedText(row.partnerName));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/client-mandate-proposals/:id',
    name: 'client-proposal-page.show',
    summary: 'A mandate extension a client’s contact was emailed: the difference; changes nothing',
    public: true,
    schemas: { params: IdParams, query: LinkQuery },
    async handler(ctx) {
      const row = await proposalForLink(ctx.db, ctx.tenant.id, ctx.params.id);
      const page = await pageFor(ctx, await contactLocaleOfClient(ctx, row?.clientId));
      const state = row ? await inspectLink(ctx.db, 'proposal', row.id, ctx.query.token) : 'invalid';
      if (state !== 'valid') return refusal(ctx, page, state);
      if (!proposalOpen(row!)) return refusal(ctx, page, 'closed');
      await proposalPage(ctx, page, row!, ctx.query.token!, await ctx.settings());
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/client-mandate-proposals/:id',
    name: 'client-proposal-page.respond',
    summary: 'The contact approves or declines the extension: consumes the link',
    public: true,
    bodyType: 'form',
    verifyRequest: false,
    status: 200,
    schemas: {
      params: IdParams,
      body: Type.Object(
        { token: Type.String({ maxLength: 200 }), decision: Type.Union([Type.Literal('approve'), Type.Literal('decline')]), reason: Type.Optional(Type.String({ maxLength: 1000 })) },
        { examples: [{ token: EXAMPLE_TOKEN, decision: 'decline', reason: 'Not this year.' }] },
      ),
    },
    async handler(ctx) {
      const crossSite = crossSiteProblem(ctx.http);
      if (crossSite) throw crossSite;
      const result = await respondToProposal(await effectsOf(ctx), ctx.params.id, ctx.body.token, ctx.body.decision, ctx.body.reason);
      const page = await pageFor(ctx, await contactLocaleOfClient(ctx, result.proposal?.clientId));
      if (result.outcome !== 'approved' && result.outcome !== 'declined') {
        if (result.proposal) await ctx.audit({ action: 'fleet.mandate-proposal.link-refused', targetType: 'client', targetId: result.proposal.clientId, partnerId: result.proposal.partnerId, after: { proposalId: result.proposal.id, reason: result.outcome, by: 'contact' } });
        return refusal(ctx, page, result.outcome);
      }
      const w = wordsFor(page.locale);
      const row = result.proposal;
      if (result.outcome === 'approved') done(ctx, page, w.approvedTitle, w.approvedText(row.partnerName, row.clientName));
      else done(ctx, page, w.declinedTitle, w.proposalDeclinedText(row.partnerName));
    },
  }),
];
