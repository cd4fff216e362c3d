/**
 * The HTTP side of billing: each route names its permission (or is public: the provider's webhook)
 * and its schemas, and hands the validated request to the rules (accounts.ts, plans.ts, invoices.ts,
 * payment-links.ts, provider-config.ts, webhooks.ts). Who sees what is decided there, not here.
 */
import { IdParams, Page, Type, Uuid, type RouteContext, type RouteDefinition } from '@portico/core';
import { getAccount, listAccounts, overrideAccount, overview, ownAccount, ownPartner, saveDetails, setPlan, assertStaff, findAccount } from './accounts.js';
import { requestContext } from './context.js';
import type { BillingEvents } from './events.js';
import { closeInvoice, deleteDraft, finalizeInvoice, getInvoice, issueInvoice, listInvoices, recordPayment } from './invoices.js';
import { customerPortalLink, invoicePaymentLink } from './payment-links.js';
import { createPlan, deletePlan, getPlan, listPlans, updatePlan } from './plans.js';
import { P } from './permissions.js';
import { providerStatus, removeStripeKeys, saveStripeKeys } from './provider-config.js';
import type { BillingProviders } from './providers/provider.js';
import {
  AccountChanges, AccountListQuery, BillingAccount, BillingDetails, CloseInvoice, GraceExtension, Invoice, InvoiceListQuery, Link, NewInvoice, NewPayment, NewPlan,
  Overview, Plan, PlanChanges, PlanChoice, PlanListQuery, ProviderStatus, StripeEventBody, StripeKeys, Waiver,
} from './schemas.js';
import type { BillingSettings } from './settings.js';
import { defineRoute } from './types.js';
import { receiveStripeEvent } from './webhooks.js';

const PartnerParams = Type.Object({ partnerId: Uuid });
type Ctx = RouteContext<unknown, unknown, unknown, BillingSettings, BillingEvents>;

export function billingRoutes(providers: BillingProviders): RouteDefinition[] {
  const rules = (ctx: Ctx) => requestContext(ctx, providers);

  const accountRoutes = [
    defineRoute({
      method: 'GET',
      path: '/billing/account',
      name: 'account.get',
      summary: 'Your organisation’s billing: contact, plan, payment method, where it stands, what it owes',
      description: 'For the people of a partner organisation (staff read accounts under `/billing/accounts`). `id` is null while nothing was ever set up.',
      permission: P.read,
      schemas: { response: BillingAccount },
      async handler(ctx) {
        return ownAccount(await rules(ctx));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/billing/account',
      name: 'account.update',
      summary: 'Set your organisation’s billing details (contact, address, tax id) and, optionally, its plan',
      description:
        'The contact is replaced as a whole. `taxId`: in the EU a VAT number (its country prefix optional), in the US an EIN (NN-NNNNNNN), elsewhere 1–40 characters; ' +
        'a malformed one is refused with 400 naming `/taxId`. `planId` chooses a current plan of the catalogue (null: none).',
      permission: P.manage,
      schemas: { body: BillingDetails, response: BillingAccount },
      async handler(ctx) {
        const c = await rules(ctx);
        return saveDetails(c, ownPartner(c), ctx.body);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/account/portal-link',
      name: 'account.portal-link.create',
      summary: 'A link to the payment provider’s customer portal (payment methods, receipts)',
      description: '409 `payment-offline` when the programme records payments itself (the manual provider).',
      permission: P.manage,
      status: 200,
      schemas: { response: Link },
      async handler(ctx) {
        return customerPortalLink(await rules(ctx));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/billing/accounts',
      name: 'accounts.list',
      summary: 'Billing accounts by partner: staff every partner’s (filter by state), a partner its own',
      description: 'Partners without an account are listed too (`id` null, `setUp` false), so that staff see who has not set billing up. Sorted by partner name.',
      permission: P.read,
      schemas: { query: AccountListQuery, response: Page(BillingAccount) },
      async handler(ctx) {
        return listAccounts(await rules(ctx), ctx.query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/billing/accounts/:partnerId',
      name: 'accounts.get',
      summary: 'A partner’s billing account (a partner: its own only)',
      permission: P.read,
      schemas: { params: PartnerParams, response: BillingAccount },
      async handler(ctx) {
        return getAccount(await rules(ctx), ctx.params.partnerId);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/billing/accounts/:partnerId',
      name: 'accounts.update',
      summary: 'Change some of a partner’s billing details or its payment method status (staff); opens the account if needed',
      permission: P.accountsManage,
      schemas: { params: PartnerParams, body: AccountChanges, response: BillingAccount },
      async handler(ctx) {
        const c = await rules(ctx);
        await findAccount(c, ctx.params.partnerId);
        assertStaff(c, 'Changing another organisation’s billing');
        return saveDetails(c, ctx.params.partnerId, ctx.body);
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/billing/accounts/:partnerId/plan',
      name: 'accounts.plan.set',
      summary: 'Put a partner on a plan of the catalogue, or on none (staff)',
      permission: P.accountsManage,
      schemas: { params: PartnerParams, body: PlanChoice, response: BillingAccount },
      async handler(ctx) {
        return setPlan(await rules(ctx), ctx.params.partnerId, ctx.body.planId);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/accounts/:partnerId/waive',
      name: 'accounts.waive',
      summary: 'Waive enforcement until a day, with a reason (staff): the account is active until then, whatever it owes',
      permission: P.accountsManage,
      status: 200,
      schemas: { params: PartnerParams, body: Waiver, response: BillingAccount },
      async handler(ctx) {
        return overrideAccount(await rules(ctx), ctx.params.partnerId, 'waive', ctx.body);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/accounts/:partnerId/extend-grace',
      name: 'accounts.extend-grace',
      summary: 'Extend an overdue account’s grace period to a day, with a reason (staff); a restricted account goes back to grace',
      description: '409 `account-not-overdue` for an account in order.',
      permission: P.accountsManage,
      status: 200,
      schemas: { params: PartnerParams, body: GraceExtension, response: BillingAccount },
      async handler(ctx) {
        return overrideAccount(await rules(ctx), ctx.params.partnerId, 'extend-grace', ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/billing/overview',
      name: 'overview.get',
      summary: 'Accounts by state and the amounts overdue, per currency (staff)',
      permission: P.read,
      schemas: { response: Overview },
      async handler(ctx) {
        return overview(await rules(ctx));
      },
    }),
  ];

  const planRoutes = [
    defineRoute({
      method: 'GET',
      path: '/billing/plans',
      name: 'plans.list',
      summary: 'The catalogue of plans, by name (partners: the current ones, to choose from)',
      permission: P.read,
      schemas: { query: PlanListQuery, response: Page(Plan) },
      async handler(ctx) {
        return listPlans(await rules(ctx), ctx.query);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/plans',
      name: 'plans.create',
      summary: 'Add a plan to the catalogue (staff): name, price, period, the gated features it unlocks',
      permission: P.plansManage,
      schemas: { body: NewPlan, response: Plan },
      async handler(ctx) {
        return createPlan(await rules(ctx), ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/billing/plans/:id',
      name: 'plans.get',
      summary: 'A plan of the catalogue',
      permission: P.read,
      schemas: { params: IdParams, response: Plan },
      async handler(ctx) {
        return getPlan(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/billing/plans/:id',
      name: 'plans.update',
      summary: 'Change a plan, or retire it (`active: false`; its partners keep it) (staff)',
      description: 'A new price applies to invoices issued from now on.',
      permission: P.plansManage,
      schemas: { params: IdParams, body: PlanChanges, response: Plan },
      async handler(ctx) {
        return updatePlan(await rules(ctx), ctx.params.id, ctx.body);
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/billing/plans/:id',
      name: 'plans.delete',
      summary: 'Delete a plan no partner is on (staff); 409 `plan-in-use` otherwise',
      permission: P.plansManage,
      schemas: { params: IdParams },
      async handler(ctx) {
        await deletePlan(await rules(ctx), ctx.params.id);
      },
    }),
  ];

  const invoiceRoutes = [
    defineRoute({
      method: 'GET',
      path: '/billing/invoices',
      name: 'invoices.list',
      summary: 'Invoices: a partner’s own, or every partner’s (staff), newest first',
      permission: P.read,
      schemas: { query: InvoiceListQuery, response: Page(Invoice) },
      async handler(ctx) {
        return listInvoices(await rules(ctx), ctx.query);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices',
      name: 'invoices.create',
      summary: 'Issue an invoice to a partner whose billing is set up, or keep it as a draft (staff)',
      description:
        'Numbered when issued: `<invoicePrefix>-<year>-<000001>`, unique and gap-free per tenant, also under concurrent issuing. ' +
        'The amount defaults to the plan’s price, the due date to today plus `paymentTermsDays`. An invoice issued already past due counts against the account at once.',
      permission: P.invoicesManage,
      schemas: { body: NewInvoice, response: Invoice },
      async handler(ctx) {
        return issueInvoice(await rules(ctx), ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/billing/invoices/:id',
      name: 'invoices.get',
      summary: 'An invoice with its payments',
      permission: P.read,
      schemas: { params: IdParams, response: Invoice },
      async handler(ctx) {
        return getInvoice(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices/:id/issue',
      name: 'invoices.issue',
      summary: 'Issue a draft: it gets its number (staff)',
      permission: P.invoicesManage,
      status: 200,
      schemas: { params: IdParams, response: Invoice },
      async handler(ctx) {
        return finalizeInvoice(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/billing/invoices/:id',
      name: 'invoices.delete',
      summary: 'Delete a draft (staff); an issued invoice is voided instead',
      permission: P.invoicesManage,
      schemas: { params: IdParams },
      async handler(ctx) {
        await deleteDraft(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices/:id/void',
      name: 'invoices.void',
      summary: 'Void an issued invoice, saying why (staff): it no longer counts against the account',
      permission: P.invoicesManage,
      status: 200,
      schemas: { params: IdParams, body: CloseInvoice, response: Invoice },
      async handler(ctx) {
        return closeInvoice(await rules(ctx), ctx.params.id, 'void', ctx.body.reason);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices/:id/write-off',
      name: 'invoices.write-off',
      summary: 'Mark an open invoice uncollectible, saying why (staff): it no longer counts against the account',
      permission: P.invoicesManage,
      status: 200,
      schemas: { params: IdParams, body: CloseInvoice, response: Invoice },
      async handler(ctx) {
        return closeInvoice(await rules(ctx), ctx.params.id, 'uncollectible', ctx.body.reason);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices/:id/payments',
      name: 'invoices.payments.create',
      summary: 'Record a payment received for an invoice (staff); once paid in full, enforcement is lifted at once',
      description: 'The amount defaults to what the invoice still asks; more is refused (400). Answers the invoice.',
      permission: P.invoicesManage,
      schemas: { params: IdParams, body: NewPayment, response: Invoice },
      async handler(ctx) {
        return recordPayment(await rules(ctx), ctx.params.id, ctx.body);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/invoices/:id/payment-link',
      name: 'invoices.payment-link.create',
      summary: 'A link to pay what an invoice still asks: the invoice’s own hosted page, or the provider’s checkout',
      description: '409 `payment-offline` when the programme records payments itself and the invoice has no hosted link.',
      permission: P.manage,
      status: 200,
      schemas: { params: IdParams, response: Link },
      async handler(ctx) {
        return invoicePaymentLink(await rules(ctx), ctx.params.id);
      },
    }),
  ];

  const providerRoutes = [
    defineRoute({
      method: 'GET',
      path: '/billing/provider',
      name: 'provider.get',
      summary: 'The payment provider and whether its keys are stored (never the keys) (staff)',
      permission: P.settingsManage,
      schemas: { response: ProviderStatus },
      async handler(ctx) {
        return providerStatus(await rules(ctx), ctx.http.origin);
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/billing/provider/stripe',
      name: 'provider.stripe.set',
      summary: 'Store the Stripe secret key and webhook signing secret (sealed; never answered again) (staff)',
      permission: P.settingsManage,
      schemas: { body: StripeKeys, response: ProviderStatus },
      async handler(ctx) {
        return saveStripeKeys(await rules(ctx), ctx.body, ctx.http.origin);
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/billing/provider/stripe',
      name: 'provider.stripe.remove',
      summary: 'Forget the Stripe keys (staff); refused while partners pay with Stripe',
      permission: P.settingsManage,
      schemas: {},
      async handler(ctx) {
        await removeStripeKeys(await rules(ctx));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/billing/stripe/webhook',
      name: 'stripe.webhook.receive',
      summary: 'Stripe’s events for this tenant (point the endpoint at this address on the tenant’s host)',
      description:
        'Public: Stripe calls it. The `Stripe-Signature` header must verify the exact body with the endpoint’s signing secret and be recent (else 400, nothing changed). ' +
        'An event is applied once: delivered again, it answers `duplicate: true`. Applied: `checkout.session.completed`, `invoice.paid` (payments), `invoice.payment_failed`, `payment_method.attached`.',
      public: true,
      rawBody: true,
      status: 200,
      schemas: {
        body: StripeEventBody,
        response: Type.Object({ received: Type.Literal(true), duplicate: Type.Boolean(), outcome: Type.String() }),
      },
      async handler(ctx) {
        return receiveStripeEvent(await rules(ctx), ctx.rawBody ?? '', ctx.http.header('stripe-signature'));
      },
    }),
  ];

  return [...accountRoutes, ...planRoutes, ...invoiceRoutes, ...providerRoutes];
}
