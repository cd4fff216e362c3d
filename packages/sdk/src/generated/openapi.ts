/**
 * Generated from the server's OpenAPI document by `npm run generate -w @portico/sdk`. Do not edit:
 * a test fails when this file no longer matches the routes.
 */

export interface paths {
    "/api/v1/access/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys (never their secret) */
        get: operations["access.api-keys.list"];
        put?: never;
        /** Create an API key for your backend; the key is shown only in this answer */
        post: operations["access.api-keys.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; the embed tokens it minted end with it */
        delete: operations["access.api-keys.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail, newest first
         * @description Staff read the whole tenant; a partner member reads only the events of their organisation (`partnerId` cannot widen that).
         */
        get: operations["access.audit.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the audit trail as CSV
         * @description The events the filters select, newest first, at most 50,000 (then `X-Portico-Truncated: true`). Cells a spreadsheet would take for a formula start with `'`.
         */
        get: operations["access.audit.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the built-in roles and the access groups */
        get: operations["access.groups.list"];
        put?: never;
        /** Create an access group */
        post: operations["access.groups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an access group and its members */
        get: operations["access.groups.get"];
        put?: never;
        post?: never;
        /** Delete an access group that has no members */
        delete: operations["access.groups.delete"];
        options?: never;
        head?: never;
        /** Rename an access group or change its permissions */
        patch: operations["access.groups.update"];
        trace?: never;
    };
    "/api/v1/access/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set who is in an access group */
        put: operations["access.groups.members.replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My two-factor authentication
         * @description Whether I have set it up, whether the programme requires it, how many recovery codes are left, and whether this session has proved it.
         */
        get: operations["access.mfa.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove the second factor for this session
         * @description With a code from the authenticator app (each code works once) or an unused recovery code, the session waiting for its second factor gets its full access. Attempts are limited (429 with Retry-After).
         */
        post: operations["access.mfa.challenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor authentication off
         * @description With a code from the authenticator app, or a recovery code if the phone is lost. Removes the app and the recovery codes, and ends sessions still waiting for the second factor. 409 when the programme requires two-factor authentication.
         */
        post: operations["access.mfa.disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app
         * @description Answers a new secret, as text, as an otpauth:// URL and as a QR code (an SVG data URL), shown only now. Starting again before confirming replaces the secret. 409 once set up: turn it off first.
         */
        post: operations["access.mfa.start-enrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish setting up with a first code from the app
         * @description Turns two-factor authentication on, answers ten recovery codes (shown only now) and counts this session as verified. Other sessions must then prove the second factor. Attempts are limited (429 with Retry-After).
         */
        post: operations["access.mfa.confirm-enrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace my recovery codes
         * @description With a code from the authenticator app: the old recovery codes stop working and ten new ones are answered, shown only now.
         */
        post: operations["access.mfa.replace-recovery-codes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner organisations
         * @description Sorted by name. Archived organisations are left out unless asked for with `status=archived`.
         */
        get: operations["access.partners.list"];
        put?: never;
        /**
         * Create a partner organisation
         * @description It starts active. 409 `name-taken` if another organisation of the tenant has the name.
         */
        post: operations["access.partners.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a partner organisation */
        get: operations["access.partners.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a partner organisation’s name, tier, country or status
         * @description A suspended or archived organisation keeps its people and their sign-in, but nobody can be invited into it or reactivated in it, and plugins restrict what it may do (its team cannot be managed). `null` clears the tier or country.
         */
        patch: operations["access.partners.update"];
        trace?: never;
    };
    "/api/v1/access/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description Sorted by name. Staff see the whole tenant and may filter by organisation; a partner member sees only their own organisation. Removed people are left out unless staff ask for `status=removed`.
         */
        get: operations["access.people.list"];
        put?: never;
        /**
         * Invite a person
         * @description Emails an invitation link. With a `partnerId` (members: always their own organisation) the role must be a partner role; without one, staff invite staff (tenant administrators only). 409 `email-taken` if the address is in use, 409 `organisation-inactive` for a suspended or archived organisation.
         */
        post: operations["access.people.invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a person */
        get: operations["access.people.get"];
        put?: never;
        post?: never;
        /**
         * Remove a person
         * @description Ends their sessions, their membership and their access groups. Their address may be invited again later. Not yourself.
         */
        delete: operations["access.people.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a person
         * @description Ends all their sessions at once. Not yourself.
         */
        post: operations["access.people.deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated person */
        post: operations["access.people.reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/people/{id}/resend-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invitation again
         * @description Only while the invitation is pending; the earlier link stops working.
         */
        post: operations["access.people.resend-invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/people/{id}/reset-mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a person’s two-factor authentication (lost authenticator)
         * @description Removes their factor and recovery codes and ends their sessions; they enrol again at their next sign-in. Not yourself.
         */
        post: operations["access.people.reset-mfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds which permission, by plugin */
        get: operations["access.permissions.get-matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My profile */
        get: operations["access.profile.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name, language or time zone */
        patch: operations["access.profile.update"];
        trace?: never;
    };
    "/api/v1/access/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am: person, organisation, roles, permissions, and the request-verification token */
        get: operations["access.session.get"];
        put?: never;
        post?: never;
        /** Sign out: ends this session on the server */
        delete: operations["access.session.end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My signed-in sessions (devices) */
        get: operations["access.sessions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of my sessions */
        delete: operations["access.sessions.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/sessions/revoke-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere (optionally keeping this session) */
        post: operations["access.sessions.revoke-all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the sign-in policy
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["access.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s access settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `access.settings.updated`.
         */
        patch: operations["access.settings.update"];
        trace?: never;
    };
    "/api/v1/access/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email me a sign-in link
         * @description Answers 202 alike whether or not the address may sign in. Limited per address and per IP (429 with Retry-After).
         */
        post: operations["access.sign-in.request-link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/sign-in/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the one-time code from the email
         * @description For signing in on another device than the one that received the email. Wrong codes are counted; after the tenant’s limit the link and its code are void.
         */
        post: operations["access.sign-in.redeem-code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/tenant/brand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the brand (name, logo, colours, font, "Powered by" footer)
         * @description Fields not set are absent; the portal then uses its defaults. Anyone may read the brand through `GET /api/v1/portal`.
         */
        get: operations["access.tenant.brand.get"];
        /**
         * Replace the brand
         * @description Fields left out are unset. `logoUrl`: https, or a `data:image/png;base64,` or `data:image/svg+xml` URL of at most 64 KB (an SVG without scripts, event handlers, links or entities). Colours are hex; `fontFamily` a CSS font list.
         */
        put: operations["access.tenant.brand.set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access/tenant/embed-origins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the origins allowed to embed the widgets */
        get: operations["access.tenant.embed-origins.get"];
        /**
         * Replace the origins allowed to embed the widgets
         * @description Each origin is exactly `scheme://host[:port]` as a browser sends it in `Origin`: https, or http for localhost and 127.0.0.1 only. Embed tokens can be minted only for these origins, and only they get CORS answers (without credentials).
         */
        put: operations["access.tenant.embed-origins.set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation’s billing: contact, plan, payment method, where it stands, what it owes
         * @description For the people of a partner organisation (staff read accounts under `/billing/accounts`). `id` is null while nothing was ever set up.
         */
        get: operations["billing.account.get"];
        /**
         * Set your organisation’s billing details (contact, address, tax id) and, optionally, its plan
         * @description The contact is replaced as a whole. `taxId`: in the EU a VAT number (its country prefix optional), in the US an EIN (NN-NNNNNNN), elsewhere 1–40 characters; a malformed one is refused with 400 naming `/taxId`. `planId` chooses a current plan of the catalogue (null: none).
         */
        put: operations["billing.account.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/account/portal-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link to the payment provider’s customer portal (payment methods, receipts)
         * @description 409 `payment-offline` when the programme records payments itself (the manual provider).
         */
        post: operations["billing.account.portal-link.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Billing accounts by partner: staff every partner’s (filter by state), a partner its own
         * @description Partners without an account are listed too (`id` null, `setUp` false), so that staff see who has not set billing up. Sorted by partner name.
         */
        get: operations["billing.accounts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/accounts/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner’s billing account (a partner: its own only) */
        get: operations["billing.accounts.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some of a partner’s billing details or its payment method status (staff); opens the account if needed */
        patch: operations["billing.accounts.update"];
        trace?: never;
    };
    "/api/v1/billing/accounts/{partnerId}/extend-grace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an overdue account’s grace period to a day, with a reason (staff); a restricted account goes back to grace
         * @description 409 `account-not-overdue` for an account in order.
         */
        post: operations["billing.accounts.extend-grace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/accounts/{partnerId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a partner on a plan of the catalogue, or on none (staff) */
        put: operations["billing.accounts.plan.set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/accounts/{partnerId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive enforcement until a day, with a reason (staff): the account is active until then, whatever it owes */
        post: operations["billing.accounts.waive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices: a partner’s own, or every partner’s (staff), newest first */
        get: operations["billing.invoices.list"];
        put?: never;
        /**
         * Issue an invoice to a partner whose billing is set up, or keep it as a draft (staff)
         * @description Numbered when issued: `<invoicePrefix>-<year>-<000001>`, unique and gap-free per tenant, also under concurrent issuing. The amount defaults to the plan’s price, the due date to today plus `paymentTermsDays`. An invoice issued already past due counts against the account at once.
         */
        post: operations["billing.invoices.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice with its payments */
        get: operations["billing.invoices.get"];
        put?: never;
        post?: never;
        /** Delete a draft (staff); an issued invoice is voided instead */
        delete: operations["billing.invoices.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: it gets its number (staff) */
        post: operations["billing.invoices.issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/payment-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link to pay what an invoice still asks: the invoice’s own hosted page, or the provider’s checkout
         * @description 409 `payment-offline` when the programme records payments itself and the invoice has no hosted link.
         */
        post: operations["billing.invoices.payment-link.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment received for an invoice (staff); once paid in full, enforcement is lifted at once
         * @description The amount defaults to what the invoice still asks; more is refused (400). Answers the invoice.
         */
        post: operations["billing.invoices.payments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an issued invoice, saying why (staff): it no longer counts against the account */
        post: operations["billing.invoices.void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an open invoice uncollectible, saying why (staff): it no longer counts against the account */
        post: operations["billing.invoices.write-off"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts by state and the amounts overdue, per currency (staff) */
        get: operations["billing.overview.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of plans, by name (partners: the current ones, to choose from) */
        get: operations["billing.plans.list"];
        put?: never;
        /** Add a plan to the catalogue (staff): name, price, period, the gated features it unlocks */
        post: operations["billing.plans.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan of the catalogue */
        get: operations["billing.plans.get"];
        put?: never;
        post?: never;
        /** Delete a plan no partner is on (staff); 409 `plan-in-use` otherwise */
        delete: operations["billing.plans.delete"];
        options?: never;
        head?: never;
        /**
         * Change a plan, or retire it (`active: false`; its partners keep it) (staff)
         * @description A new price applies to invoices issued from now on.
         */
        patch: operations["billing.plans.update"];
        trace?: never;
    };
    "/api/v1/billing/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment provider and whether its keys are stored (never the keys) (staff) */
        get: operations["billing.provider.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/provider/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Store the Stripe secret key and webhook signing secret (sealed; never answered again) (staff) */
        put: operations["billing.provider.stripe.set"];
        post?: never;
        /** Forget the Stripe keys (staff); refused while partners pay with Stripe */
        delete: operations["billing.provider.stripe.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant’s billing settings (gated features, grace period, invoice numbering, provider)
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["billing.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s billing settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `billing.settings.updated`.
         */
        patch: operations["billing.settings.update"];
        trace?: never;
    };
    "/api/v1/billing/stripe/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe’s events for this tenant (point the endpoint at this address on the tenant’s host)
         * @description Public: Stripe calls it. The `Stripe-Signature` header must verify the exact body with the endpoint’s signing secret and be recent (else 400, nothing changed). An event is applied once: delivered again, it answers `duplicate: true`. Applied: `checkout.session.completed`, `invoice.paid` (payments), `invoice.payment_failed`, `payment_method.attached`.
         */
        post: operations["billing.stripe.webhook.receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partners’ territory rules (a partner’s people: their own partner’s) */
        get: operations["deals.territories.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-territories/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one partner’s territory rule */
        get: operations["deals.territories.get"];
        /**
         * Set the countries (ISO 3166-1 alpha-2) and regions a partner may register deals in
         * @description Regions: DACH, BENELUX, NORDICS, UKI, ANZ, NA, EU, LATAM, APAC, MEA. Deals for customers elsewhere are flagged for review.
         */
        put: operations["deals.territories.set"];
        post?: never;
        /** Remove a partner’s territory rule (it may then register deals anywhere) */
        delete: operations["deals.territories.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals
         * @description Partners see their organisation’s deals (or only their own, under the `own` visibility setting). Staff see every partner’s, with the review block, and can filter by partner and by flag: `?status=pending&flagged=true` is the review queue.
         */
        get: operations["deals.deals.list"];
        put?: never;
        /**
         * Register a deal for your partner organisation
         * @description Created as `pending`. The amount is an integer of the currency’s minor unit (`amountMinor`), or an exact decimal string (`amount`); the currency defaults to the tenant’s. Send `Idempotency-Key` so that a retried submit makes one deal.
         */
        post: operations["deals.deals.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a deal (staff: with its competing registrations) */
        get: operations["deals.deals.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a pending deal (its submitter, or a principal) */
        patch: operations["deals.deals.update"];
        trace?: never;
    };
    "/api/v1/deals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending deal; the registration then protects the partner for the tenant’s approval period */
        post: operations["deals.deals.approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend an approved registration by a number of days */
        post: operations["deals.deals.extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending deal, saying why (the partner sees the reason) */
        post: operations["deals.deals.reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending deal (its submitter, or a principal) */
        post: operations["deals.deals.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant’s deal settings (default currency, approval period, visibility)
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["deals.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s deals settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `deals.settings.updated`.
         */
        patch: operations["deals.settings.update"];
        trace?: never;
    };
    "/api/v1/documents/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the library you can see
         * @description Every visible file, most recently updated first, with its "new"/"updated" badge; `q` keeps those whose space title or description, or own name or description, contain every word. `ids` (comma-separated) keeps only the files listed, of those you can see: a document attached elsewhere is shown this way.
         */
        get: operations["documents.library.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the document settings: largest upload, accepted types
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["documents.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s documents settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `documents.settings.updated`.
         */
        patch: operations["documents.settings.update"];
        trace?: never;
    };
    "/api/v1/documents/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the document spaces you can see
         * @description With counts of files, and of files new or updated since your last recorded visit.
         */
        get: operations["documents.spaces.list"];
        put?: never;
        /**
         * Create a document space
         * @description Staff only. `visibility` says which partners see it (`all`, the `partners` in `partnerIds`, or partners of the `tiers` listed); of those, only people holding one of `allowedRoles` do.
         */
        post: operations["documents.spaces.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a document space */
        get: operations["documents.spaces.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a document space: title, description, audience, allowed roles */
        patch: operations["documents.spaces.update"];
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the files of a space
         * @description Partners see the files that are not retired; staff see all, with `retiredAt` and download counts.
         */
        get: operations["documents.files.list"];
        put?: never;
        /**
         * Upload a file into a space
         * @description Staff only. `multipart/form-data` with the file in the part `file`. Larger than the tenant’s `maxUploadBytes`: 413. The type is recognised from the bytes: a type the tenant does not accept, or a file that claims to be another type, is 415. Nothing is kept when refused.
         */
        post: operations["documents.files.upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file */
        get: operations["documents.files.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file (its current version)
         * @description Streams the bytes as an attachment, with `ETag` (`If-None-Match` → 304) and one byte range (`Range` → 206; unsatisfiable → 416). Each download is audited and counted.
         */
        get: operations["documents.files.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often a file was downloaded, per partner */
        get: operations["documents.downloads.count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a retired file back */
        post: operations["documents.files.restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a file: partners no longer see it */
        post: operations["documents.files.retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a file, newest first */
        get: operations["documents.versions.list"];
        put?: never;
        /**
         * Replace a file with a new version
         * @description Staff only. Same body and checks as an upload; the older versions are kept, listed and downloadable by staff.
         */
        post: operations["documents.files.replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/spaces/{spaceId}/files/{fileId}/versions/{versionId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a given version of a file (staff) */
        get: operations["documents.versions.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that you have seen the library now
         * @description Badges count from your previous recorded visit; the library widget records one after showing them.
         */
        post: operations["documents.visits.record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/embed/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint an embed token for a person your backend signed in (API keys only)
         * @description Called by your backend with `Authorization: Bearer <API key>`. Finds the person by email or external id (optionally creating a member), and answers a token valid for `ttlSeconds` (60–600, default 600) from `origin` only. Hand it to the widgets on your page. The token holds the person’s permissions within the key’s scopes; a staff person needs a key made for `members-and-staff` (403 otherwise).
         */
        post: operations["access.embed.sessions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client companies
         * @description A partner’s people see their organisation’s clients; staff see every partner’s (and may name one with `partnerId`, or find every partner’s row of one company with `externalId`). Filters: `status`, `health` (or `unknown`), `mandate` (its status, or `none`), `assignee` (a member’s id); `q` searches names, domains and external ids. Cursor pages.
         */
        get: operations["fleet.clients.list"];
        put?: never;
        /**
         * Register a client company
         * @description A partner’s people register their organisation’s clients when the programme allows it (`partnersMayRegisterClients`); staff name the partner. Names are unique per partner (409).
         */
        post: operations["fleet.clients.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client’s 360 summary: profile, facts, contact, mandate, pending invitation, assigned members, deep link
         * @description Staff also get `alsoServedBy`: the same company’s rows of other partners.
         */
        get: operations["fleet.clients.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a client company
         * @description A client the feed pushed (with an external id) is changed in the tenant’s product, not by its partner (409 `fed-by-tenant`); staff may. Only staff set the `contact`.
         */
        patch: operations["fleet.clients.update"];
        trace?: never;
    };
    "/api/v1/fleet/clients/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s recent activity: the audit of what was done for it, newest first */
        get: operations["fleet.clients.activity.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/clients/{id}/mandate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s mandate: its scope, validity, status, version and pending extension */
        get: operations["fleet.mandates.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a mandate: reductions and ending apply at once, extensions are proposed for approval
         * @description Send the `version` you saw: if the mandate changed since, the answer is 409 with the current mandate (`mandate`). Taking out a capability, a later start, an earlier end, suspending and ending make a new version at once; adding a capability, an earlier start, a later end and resuming make a proposal that the client’s contact approves through an emailed link (or staff, under `extensionApproval: staff`). A new change supersedes a pending proposal.
         */
        patch: operations["fleet.mandates.change"];
        trace?: never;
    };
    "/api/v1/fleet/clients/{id}/mandate/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate’s history: every version, who made it, when, why and the difference, newest first */
        get: operations["fleet.mandates.versions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/feed/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push client companies from the tenant’s product: idempotent upserts by external id and partner
         * @description Up to 1,000 records a call (more: 400). Each record is a `FeedClientRecord`: `externalId`, `partner` (the partner’s id), `name`, and optionally `domain`, `country`, `status`, `health`, `contact` (who approves mandate extensions), `facts` (replaced as a whole) and `mandate` (set as a new version, no approval). A field left out keeps what Portico has; `null` clears it. The answer (200) has one result per record, in order: `created`, `updated`, `unchanged`, or `refused` with a problem+json `problem` whose `errors` name the fields as JSON pointers into the record. A refused record changes nothing, and the others still apply. Called with `Authorization: Bearer <API key>`.
         */
        post: operations["fleet.feed.clients.push"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client invitations, newest first (`status=pending`: sent or resent)
         * @description Staff see every partner’s, each with `alsoServedBy`: the partners that already serve the company (same contact, domain or name).
         */
        get: operations["fleet.invitations.list"];
        put?: never;
        /**
         * Invite a client company’s contact to give your organisation a mandate
         * @description Name a new company (`companyName`) or a client you have (`clientId`); the contact gets a single-use link, valid for the tenant’s `invitationLifetimeDays`, to a page where they accept or decline. One pending invitation per contact address (409 `invitation-pending`).
         */
        post: operations["fleet.invitations.send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One client invitation */
        get: operations["fleet.invitations.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a pending invitation again: a new link (the old one stops working) and a new lifetime
         * @description By its sender (holding `fleet.invitations.send`) or a holder of `fleet.invitations.manage`; five times an hour at most.
         */
        post: operations["fleet.invitations.resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a pending invitation: its link stops working
         * @description By its sender (holding `fleet.invitations.send`) or a holder of `fleet.invitations.manage`.
         */
        post: operations["fleet.invitations.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/mandate-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mandate extension proposals (staff: the approval queue with `status=pending`) */
        get: operations["fleet.mandate-proposals.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/mandate-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mandate extension proposal */
        get: operations["fleet.mandate-proposals.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/mandate-proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff approve an extension (when the programme leaves approval to staff): it becomes the mandate’s next version */
        post: operations["fleet.mandate-proposals.approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/mandate-proposals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff decline an extension; the mandate stays as it is */
        post: operations["fleet.mandate-proposals.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/mandate-proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending extension proposal (its link dies) */
        post: operations["fleet.mandate-proposals.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant’s fleet settings (mandate capabilities, invitation lifetime, extension approval, deep link)
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["fleet.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s fleet settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `fleet.settings.updated`.
         */
        patch: operations["fleet.settings.update"];
        trace?: never;
    };
    "/api/v1/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the portal of this address: tenant, brand, languages and enabled plugins
         * @description Public: the widgets read it before anyone signs in. The tenant is the one of the request's host. `plugins[].widgets` is the URL of the plugin's widget chunk, or null when the plugin contributes no widgets; `identity` says where the session of the plugin that signs people in is, and how changes prove it.
         */
        get: operations["portal.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether I may use these features now, and if not, why and what to do
         * @description Asks every registered feature gate (billing, programme tiers) about each feature of `keys` (comma-separated, as the plugins declare them) for the caller. A refused feature carries the problem its route would answer, with an `action` link: `<portico-feature-gate>` shows it in place of the feature.
         */
        get: operations["portal.features.check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's uploaded logo
         * @description Public: the logo uploaded on the brand page, as an image (PNG or SVG). `brand.logoUrl` of `GET /portal` names it with a version (`v`): asked for with the current version it may be cached for ever; 404 when the brand has no uploaded logo.
         */
        get: operations["portal.logo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List question categories, by name */
        get: operations["questions.categories.list"];
        put?: never;
        /** Create a question category (staff) */
        post: operations["questions.categories.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a question category that no question uses (staff) */
        delete: operations["questions.categories.delete"];
        options?: never;
        head?: never;
        /** Rename or describe a question category (staff) */
        patch: operations["questions.categories.update"];
        trace?: never;
    };
    "/api/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List questions: the organisation’s (members) or the queue across partners (staff)
         * @description Staff default to `sort=attention` (open first, oldest first); members to `newest`. `dealId` lists the questions about a deal.
         */
        get: operations["questions.questions.list"];
        put?: never;
        /**
         * Ask a question (technical and principal members)
         * @description The body is Markdown; the answer carries `bodyHtml`, sanitised. `dealId` must be a deal of the asker’s organisation.
         */
        post: operations["questions.questions.ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a question and its current answer */
        get: operations["questions.questions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Answer a question, or update its answer (staff); the asker is told
         * @description Each change is kept as a new version; sending the current text again changes nothing.
         */
        put: operations["questions.questions.answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the answer, newest first */
        get: operations["questions.answers.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a question to an active staff member, or unassign it (staff) */
        put: operations["questions.questions.assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a question (the asker, or staff who answer questions) */
        post: operations["questions.questions.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed question; it goes back to the staff queue as open */
        post: operations["questions.questions.reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Client companies of one’s organisation, with who looks after each */
        get: operations["team.clients.list"];
        put?: never;
        /**
         * Register a client company of an organisation
         * @description Staff name the organisation (`partnerId`). 409 `client-name-taken` if the organisation already has a client of that name.
         */
        post: operations["team.clients.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client company and its assignees
         * @description Staff also see assignments left to people outside the client’s organisation, flagged `crossOrganisation`.
         */
        get: operations["team.clients.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, re-domain, archive or restore a client company */
        patch: operations["team.clients.update"];
        trace?: never;
    };
    "/api/v1/team/clients/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a client to a member of its organisation
         * @description A partner admin naming a person outside their own organisation gets 404, as for any person they may not see (a 409 would tell them the id is a person of the tenant); staff, who see everyone, get 409 `wrong-organisation` for a person not a member of the client’s organisation. 409 `client-archived`, 409 `already-assigned`.
         */
        post: operations["team.clients.assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/clients/{id}/assignments/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a client away from a member
         * @description Staff may also remove a cross-organisation leftover.
         */
        delete: operations["team.clients.unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What only the programme’s support can do, and how to reach it */
        get: operations["team.escalations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending invitations of one’s organisation
         * @description Newest first. `linkExpiresAt` is null when no invitation link is live any more.
         */
        get: operations["team.invitations.list"];
        put?: never;
        /**
         * Invite a partner user
         * @description Emails an invitation link. Partner admins invite `partner_user` members of their own organisation only (any other role: 403); staff name the organisation (`partnerId`) and may give any partner role. 409 `email-taken` if the address is in use; 409 `escalation/organisation-inactive` while the organisation is suspended or archived.
         */
        post: operations["team.invitations.send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation
         * @description The invitation link stops working at once.
         */
        delete: operations["team.invitations.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/me/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clients assigned to me */
        get: operations["team.my-clients.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster of one’s organisation
         * @description Members of the asker’s organisation (staff: of the whole programme, or of `partnerId`). A partner member gets their own exact `lastSeenAt` and `mfa`, and for peers only the coarse `activity`; sorting by `activity` then sorts by that coarse value.
         */
        get: operations["team.members.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member of one’s organisation */
        get: operations["team.members.get"];
        put?: never;
        post?: never;
        /**
         * Remove another member from the organisation
         * @description Their sessions end at once and their client assignments go. Never oneself, never the last active administrator.
         */
        delete: operations["team.members.remove"];
        options?: never;
        head?: never;
        /**
         * Change another member’s role
         * @description Partner admins switch another member of their organisation between `partner_admin` and `partner_user`; staff set any partner role (e.g. to recover an organisation’s administrator). Never oneself (409 `not-yourself`); never the last active administrator (409 `escalation/last-partner-admin`); not while the organisation is suspended or archived (409 `escalation/organisation-inactive`).
         */
        patch: operations["team.members.change-role"];
        trace?: never;
    };
    "/api/v1/team/members/{id}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clients assigned to a member
         * @description One’s own with `team.read`; any member’s of one’s organisation with `team.manage`.
         */
        get: operations["team.members.list-clients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the team settings (where partners turn for what only support can do)
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["team.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s team settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `team.settings.updated`.
         */
        patch: operations["team.settings.update"];
        trace?: never;
    };
    "/api/v1/training/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published modules, those required for one’s role first, with one’s status on each */
        get: operations["training.catalog.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/catalog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A module’s content and quiz (without the answers), and one’s status */
        get: operations["training.catalog.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/catalog/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the quiz: graded on the server against the version named */
        post: operations["training.catalog.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/catalog/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a module as being worked on (the module page calls it when opened) */
        post: operations["training.catalog.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One’s own certifications, newest first */
        get: operations["training.certifications.list-mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds which required certification (partner admins: their organisation; staff: every partner) */
        get: operations["training.coverage.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List training modules, newest first */
        get: operations["training.modules.list"];
        put?: never;
        /** Create a training module (a draft) */
        post: operations["training.modules.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a training module with its quiz, correct options and versions */
        get: operations["training.modules.get"];
        put?: never;
        post?: never;
        /** Delete a draft module */
        delete: operations["training.modules.delete"];
        options?: never;
        head?: never;
        /** Edit a module; changing a published module’s quiz, threshold or validity creates a new version */
        patch: operations["training.modules.update"];
        trace?: never;
    };
    "/api/v1/training/modules/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft module: partners see it from now on */
        post: operations["training.modules.publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/modules/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a published module: partners no longer see it; certifications stay on record */
        post: operations["training.modules.retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the training settings (retry cooldown, grace for replaced quiz versions)
         * @description Fields the tenant never set answer with their defaults.
         */
        get: operations["training.settings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the tenant’s training settings
         * @description Send only the fields to change; the answer is the settings after the change. Audited as `training.settings.updated`.
         */
        patch: operations["training.settings.update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            detail?: string;
            errors?: {
                /** @description JSON pointer to the field at fault */
                field: string;
                /** @enum {unknown} */
                in: "body" | "query" | "params" | "header";
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "access.api-keys.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Whom the key may mint embed tokens for: partner members only (the default), or the vendor’s staff too */
                            audience: "members" | "members-and-staff";
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The last characters of the key, to tell keys apart */
                            hint: string;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** @description Null: every permission that is not administrative (also those of plugins added later) */
                            scopes: string[] | null;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.api-keys.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.api-keys.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whom the key may mint embed tokens for: partner members only (the default), or the vendor’s staff too */
                    audience?: "members" | "members-and-staff";
                    name: string;
                    /** @description The permissions the key’s embed tokens may carry at most; a token holds those of its person within them. Leave out for every permission that is not administrative. A staff person’s token never carries an administrative permission. */
                    scopes?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whom the key may mint embed tokens for: partner members only (the default), or the vendor’s staff too */
                        audience: "members" | "members-and-staff";
                        /** Format: date-time */
                        createdAt: string;
                        hint: string;
                        /** Format: uuid */
                        id: string;
                        /** @description The secret key. Shown only in this answer: store it in your backend now. */
                        key: string;
                        name: string;
                        /** @description Null: every permission that is not administrative (also those of plugins added later) */
                        scopes: string[] | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.api-keys.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.api-keys.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.api-keys.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.audit.list": {
        parameters: {
            query?: {
                /** @description An exact action, or a prefix ending in `*` (e.g. `deals.*`) */
                action?: string;
                actorId?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Events at or after this instant */
                from?: string;
                limit?: number;
                partnerId?: string;
                targetId?: string;
                targetType?: string;
                /** @description Events at or before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            } | null;
                            actorKind: string | null;
                            after: unknown;
                            before: unknown;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            ip: string | null;
                            /** @description The organisation concerned; null for tenant-level events */
                            partnerId: string | null;
                            requestId: string | null;
                            targetId: string | null;
                            targetType: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.audit.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.audit.export": {
        parameters: {
            query?: {
                /** @description An exact action, or a prefix ending in `*` (e.g. `deals.*`) */
                action?: string;
                actorId?: string;
                /** @description Events at or after this instant */
                from?: string;
                partnerId?: string;
                targetId?: string;
                targetType?: string;
                /** @description Events at or before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.audit.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @description `partner` groups take partner members; `staff` groups take staff */
                            audience: "partner" | "staff";
                            /** @constant */
                            builtIn: true;
                            description: string;
                            id: null;
                            memberCount: number;
                            name: string;
                            permissions: string[];
                        } | {
                            /** @description `partner` groups take partner members; `staff` groups take staff */
                            audience: "partner" | "staff";
                            /** @constant */
                            builtIn: false;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            memberCount: number;
                            members?: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            name: string;
                            permissions: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        })[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `partner` groups take partner members; `staff` groups take staff */
                    audience: "partner" | "staff";
                    description?: string;
                    /** @description Unique in the tenant (case-insensitive), and not the name of a built-in role */
                    name: string;
                    /** @description Permission keys of installed plugins */
                    permissions: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `partner` groups take partner members; `staff` groups take staff */
                        audience: "partner" | "staff";
                        /** @constant */
                        builtIn: false;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        memberCount: number;
                        members?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        name: string;
                        permissions: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `partner` groups take partner members; `staff` groups take staff */
                        audience: "partner" | "staff";
                        /** @constant */
                        builtIn: false;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        memberCount: number;
                        members?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        name: string;
                        permissions: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Unique in the tenant (case-insensitive), and not the name of a built-in role */
                    name?: string;
                    /** @description Permission keys of installed plugins */
                    permissions?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `partner` groups take partner members; `staff` groups take staff */
                        audience: "partner" | "staff";
                        /** @constant */
                        builtIn: false;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        memberCount: number;
                        members?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        name: string;
                        permissions: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.groups.members.replace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Everyone who should be in the group; the others leave it */
                    personIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `partner` groups take partner members; `staff` groups take staff */
                        audience: "partner" | "staff";
                        /** @constant */
                        builtIn: false;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        memberCount: number;
                        members?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        name: string;
                        permissions: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmedAt: string | null;
                        enrolled: boolean;
                        recoveryCodesLeft: number;
                        /** @description The programme requires two-factor authentication */
                        required: boolean;
                        /** @description Null when not asked with a session cookie */
                        sessionState: ("none" | "pending" | "verified") | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.challenge": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits your authenticator app shows now */
                    code?: string;
                    /** @description One of your recovery codes, e.g. ABCD-EFGH-JKLM */
                    recoveryCode?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        method: "totp" | "recovery-code";
                        recoveryCodesLeft: number;
                        /** @constant */
                        sessionState: "verified";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.disable": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits your authenticator app shows now */
                    code?: string;
                    /** @description One of your recovery codes, e.g. ABCD-EFGH-JKLM */
                    recoveryCode?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.start-enrolment": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        otpauthUrl: string;
                        /** @description data:image/svg+xml;base64,… */
                        qrCode: string;
                        secret: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.confirm-enrolment": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits your authenticator app shows now */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once: keep them somewhere safe */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.mfa.replace-recovery-codes": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits your authenticator app shows now */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once: keep them somewhere safe */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.partners.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                /** @description Part of the name, any case */
                q?: string;
                status?: "active" | "suspended" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Invited and active people of the organisation */
                            memberCount: number;
                            name: string;
                            status: "active" | "suspended" | "archived";
                            tier: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.partners.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.partners.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    /** @description Unique in the tenant (case-insensitive) */
                    name: string;
                    tier?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Invited and active people of the organisation */
                        memberCount: number;
                        name: string;
                        status: "active" | "suspended" | "archived";
                        tier: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.partners.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.partners.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Invited and active people of the organisation */
                        memberCount: number;
                        name: string;
                        status: "active" | "suspended" | "archived";
                        tier: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.partners.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.partners.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    /** @description Unique in the tenant (case-insensitive) */
                    name?: string;
                    status?: "active" | "suspended" | "archived";
                    tier?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Invited and active people of the organisation */
                        memberCount: number;
                        name: string;
                        status: "active" | "suspended" | "archived";
                        tier: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.partners.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                kind?: "staff" | "member";
                limit?: number;
                partnerId?: string;
                /** @description Part of a name or an email address, any case */
                q?: string;
                status?: "invited" | "active" | "deactivated" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Active in the last 7 days, not since, or never signed in */
                            activity: "recent" | "inactive" | "never";
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            kind: "staff" | "member";
                            lastSeenAt: string | null;
                            locale: string | null;
                            name: string;
                            partnerId: string | null;
                            partnerName: string | null;
                            role: string | null;
                            status: "invited" | "active" | "deactivated" | "removed";
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.invite": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    locale?: "en" | "fr" | "es";
                    name: string;
                    /** Format: uuid */
                    partnerId?: string;
                    /** @description One built-in role: a partner role for members, a staff role for staff */
                    role: "partner_admin" | "principal" | "salesperson" | "technical" | "partner_user" | "tenant_admin" | "partner_manager" | "support";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.deactivate": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.reactivate": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.resend-invite": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.people.reset-mfa": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Active in the last 7 days, not since, or never signed in */
                        activity: "recent" | "inactive" | "never";
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        kind: "staff" | "member";
                        lastSeenAt: string | null;
                        locale: string | null;
                        name: string;
                        partnerId: string | null;
                        partnerName: string | null;
                        role: string | null;
                        status: "invited" | "active" | "deactivated" | "removed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.people.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.permissions.get-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plugins: {
                            permissions: {
                                /** @description Power over people, groups, partners, keys or settings: never carried by a staff person’s embed token */
                                administrative: boolean;
                                description: string;
                                groups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                key: string;
                                /** @description The first 50 holders by name */
                                people: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @description The role or group that grants it */
                                    via: string;
                                }[];
                                peopleCount: number;
                                /** @description Built-in roles holding it */
                                roles: string[];
                            }[];
                            plugin: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.groups.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.profile.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        id: string;
                        locale: string | null;
                        name: string;
                        timeZone: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.self`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.profile.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locale?: "en" | "fr" | "es";
                    name?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        id: string;
                        locale: string | null;
                        name: string;
                        timeZone: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.self`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.session.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            status: string;
                        } | null;
                        permissions: string[];
                        person: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            locale: string | null;
                            name: string;
                            timeZone: string | null;
                        };
                        roles: string[];
                        /** @description True while only two-factor routes are open to this session */
                        secondFactorRequired: boolean;
                        session: {
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            mfaState: string;
                        } | null;
                        tenant: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                        };
                        verificationToken: string | null;
                        via: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.session.end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.mfa`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.sessions.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            current: boolean;
                            device: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            ip: string | null;
                            lastSeenAt: string;
                            via: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.self`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.sessions.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.self`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.sessions.revoke-all": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    keepCurrent?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.self`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Wrong one-time codes before a link is void
                         * @default 5
                         */
                        codeAttempts: number;
                        /**
                         * @description Sign out after this long unused; 0 = never
                         * @default 0
                         */
                        idleTimeoutMinutes: number;
                        /**
                         * @description Invite links (default 7 days)
                         * @default 10080
                         */
                        inviteLinkMinutes: number;
                        /**
                         * @description Everyone must use two-factor authentication
                         * @default false
                         */
                        mfaRequired: boolean;
                        /**
                         * @description Session lifetime (default 30 days)
                         * @default 720
                         */
                        sessionHours: number;
                        /**
                         * @description Sign-in links (default 30 minutes)
                         * @default 30
                         */
                        signInLinkMinutes: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Wrong one-time codes before a link is void
                     * @default 5
                     */
                    codeAttempts?: number;
                    /**
                     * @description Sign out after this long unused; 0 = never
                     * @default 0
                     */
                    idleTimeoutMinutes?: number;
                    /**
                     * @description Invite links (default 7 days)
                     * @default 10080
                     */
                    inviteLinkMinutes?: number;
                    /**
                     * @description Everyone must use two-factor authentication
                     * @default false
                     */
                    mfaRequired?: boolean;
                    /**
                     * @description Session lifetime (default 30 days)
                     * @default 720
                     */
                    sessionHours?: number;
                    /**
                     * @description Sign-in links (default 30 minutes)
                     * @default 30
                     */
                    signInLinkMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Wrong one-time codes before a link is void
                         * @default 5
                         */
                        codeAttempts: number;
                        /**
                         * @description Sign out after this long unused; 0 = never
                         * @default 0
                         */
                        idleTimeoutMinutes: number;
                        /**
                         * @description Invite links (default 7 days)
                         * @default 10080
                         */
                        inviteLinkMinutes: number;
                        /**
                         * @description Everyone must use two-factor authentication
                         * @default false
                         */
                        mfaRequired: boolean;
                        /**
                         * @description Session lifetime (default 30 days)
                         * @default 720
                         */
                        sessionHours: number;
                        /**
                         * @description Sign-in links (default 30 minutes)
                         * @default 30
                         */
                        signInLinkMinutes: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.sign-in.request-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @description Where to land after signing in (allow-listed paths only) */
                    redirectTo?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.sign-in.redeem-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six-digit code from the sign-in email */
                    code: string;
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mfaRequired: boolean;
                        redirectTo: string;
                        /** @constant */
                        status: "signed-in";
                        verificationToken: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.tenant.brand.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Hex colour, e.g. #f59e0b */
                        accentColor?: string;
                        /** @description The programme’s name in the portal and emails */
                        displayName?: string;
                        /** @description A CSS font-family list, e.g. "Inter, system-ui, sans-serif" */
                        fontFamily?: string;
                        /** @description An https URL, or a small `data:image/png` or `data:image/svg+xml` URL (64 KB at most) */
                        logoUrl?: string;
                        /** @description Show the "Powered by Portico" footer */
                        poweredBy?: boolean;
                        /** @description Hex colour, e.g. #0b5cad */
                        primaryColor?: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.tenant.brand.set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Hex colour, e.g. #f59e0b */
                    accentColor?: string;
                    /** @description The programme’s name in the portal and emails */
                    displayName?: string;
                    /** @description A CSS font-family list, e.g. "Inter, system-ui, sans-serif" */
                    fontFamily?: string;
                    /** @description An https URL, or a small `data:image/png` or `data:image/svg+xml` URL (64 KB at most) */
                    logoUrl?: string;
                    /** @description Show the "Powered by Portico" footer */
                    poweredBy?: boolean;
                    /** @description Hex colour, e.g. #0b5cad */
                    primaryColor?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Hex colour, e.g. #f59e0b */
                        accentColor?: string;
                        /** @description The programme’s name in the portal and emails */
                        displayName?: string;
                        /** @description A CSS font-family list, e.g. "Inter, system-ui, sans-serif" */
                        fontFamily?: string;
                        /** @description An https URL, or a small `data:image/png` or `data:image/svg+xml` URL (64 KB at most) */
                        logoUrl?: string;
                        /** @description Show the "Powered by Portico" footer */
                        poweredBy?: boolean;
                        /** @description Hex colour, e.g. #0b5cad */
                        primaryColor?: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.tenant.embed-origins.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        origins: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.tenant.embed-origins.set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    origins: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        origins: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.tenant.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.account.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.account.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine1: string;
                    addressLine2?: string | null;
                    city: string;
                    /** Format: email */
                    contactEmail: string;
                    contactName: string;
                    /** @description ISO 3166-1 alpha-2 */
                    country: string;
                    planId?: string | null;
                    postalCode: string;
                    region?: string | null;
                    taxId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.account.portal-link.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: "manual" | "stripe";
                        url: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                /** @description Search in partner names */
                q?: string;
                setUp?: boolean;
                state?: "active" | "overdue" | "grace" | "restricted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            addressLine1: string | null;
                            addressLine2: string | null;
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            }[];
                            amountOverdue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            }[];
                            city: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            country: string | null;
                            createdAt: string | null;
                            id: string | null;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            pastDue: {
                                amountDue: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                    value: string;
                                };
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                dueDate: string;
                                /** Format: uuid */
                                invoiceId: string;
                                number: string;
                            } | null;
                            paymentMethod: {
                                provider: "manual" | "stripe";
                                status: "none" | "on-file" | "failed";
                            };
                            plan: {
                                active: boolean;
                                features: string[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                period: "month" | "year";
                                price: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                    value: string;
                                };
                            } | null;
                            postalCode: string | null;
                            region: string | null;
                            setUp: boolean;
                            standing: {
                                cause: {
                                    code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                    invoiceNumber: string | null;
                                    reason: string | null;
                                } | null;
                                graceEndsAt: string | null;
                                restricted: boolean;
                                /** Format: date-time */
                                since: string;
                                state: "active" | "overdue" | "grace" | "restricted";
                                waivedUntil: string | null;
                                waiverReason: string | null;
                            };
                            taxId: string | null;
                            taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                            updatedAt: string | null;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine1?: string;
                    addressLine2?: string | null;
                    city?: string;
                    /** Format: email */
                    contactEmail?: string;
                    contactName?: string;
                    /** @description ISO 3166-1 alpha-2 */
                    country?: string;
                    paymentMethodStatus?: "none" | "on-file" | "failed";
                    postalCode?: string;
                    region?: string | null;
                    taxId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.accounts.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.extend-grace": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD: through the end of that day (UTC)
                     */
                    until: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.accounts.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.plan.set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.accounts.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.accounts.waive": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD: through the end of that day (UTC)
                     */
                    until: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addressLine1: string | null;
                        addressLine2: string | null;
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        city: string | null;
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string | null;
                        createdAt: string | null;
                        id: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: {
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            /** Format: uuid */
                            invoiceId: string;
                            number: string;
                        } | null;
                        paymentMethod: {
                            provider: "manual" | "stripe";
                            status: "none" | "on-file" | "failed";
                        };
                        plan: {
                            active: boolean;
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                        } | null;
                        postalCode: string | null;
                        region: string | null;
                        setUp: boolean;
                        standing: {
                            cause: {
                                code: "invoice-past-due" | "overdue-period-ended" | "grace-period-ended" | "payment-received" | "invoice-voided" | "invoice-written-off" | "no-invoice-past-due" | "waived" | "waiver-ended" | "grace-extended";
                                invoiceNumber: string | null;
                                reason: string | null;
                            } | null;
                            graceEndsAt: string | null;
                            restricted: boolean;
                            /** Format: date-time */
                            since: string;
                            state: "active" | "overdue" | "grace" | "restricted";
                            waivedUntil: string | null;
                            waiverReason: string | null;
                        };
                        taxId: string | null;
                        taxIdKind: ("eu_vat" | "us_ein" | "other") | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.accounts.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.list": {
        parameters: {
            query?: {
                accountId?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                partnerId?: string;
                /** @description Only open invoices past their due date */
                pastDue?: boolean;
                sort?: "-createdAt" | "dueDate";
                status?: "draft" | "open" | "paid" | "void" | "uncollectible";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            accountId: string;
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            amountDue: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            amountPaid: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            closedAt: string | null;
                            closeReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueDate: string;
                            hostedUrl: string | null;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            paidAt: string | null;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            pastDue: boolean;
                            payments: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                    value: string;
                                };
                                /** Format: uuid */
                                id: string;
                                method: "manual" | "stripe";
                                /** Format: date-time */
                                receivedAt: string;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reference: string;
                            }[];
                            pdfUrl: string | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            status: "draft" | "open" | "paid" | "void" | "uncollectible";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                    /** @description Decimal text; or send `amountMinor` */
                    amount?: string;
                    /** @description Default: the plan’s price */
                    amountMinor?: number;
                    /** @description ISO 4217 */
                    currency?: string;
                    description?: string;
                    /** @description Keep it as a draft (no number, not due) instead of issuing it */
                    draft?: boolean;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    dueDate?: string;
                    hostedUrl?: string | null;
                    pdfUrl?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodEnd: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodStart: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.issue": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.payment-link.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: "manual" | "stripe";
                        url: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.payments.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Decimal text; or send `amountMinor` */
                    amount?: string;
                    /** @description Default: what the invoice still asks */
                    amountMinor?: number;
                    /** Format: date-time */
                    receivedAt?: string;
                    /** @description e.g. the bank transfer’s reference */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.void": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.invoices.write-off": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        amountPaid: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        closedAt: string | null;
                        closeReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueDate: string;
                        hostedUrl: string | null;
                        /** Format: uuid */
                        id: string;
                        issuedAt: string | null;
                        number: string | null;
                        paidAt: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pastDue: boolean;
                        payments: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: uuid */
                            id: string;
                            method: "manual" | "stripe";
                            /** Format: date-time */
                            receivedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reference: string;
                        }[];
                        pdfUrl: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        status: "draft" | "open" | "paid" | "void" | "uncollectible";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.invoices.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.overview.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What all open invoices still ask, per currency */
                        amountDue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        /** @description What open invoices past due still ask, per currency */
                        amountOverdue: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        }[];
                        byState: {
                            active: number;
                            grace: number;
                            overdue: number;
                            restricted: number;
                        };
                        /** @description Of them, those whose billing is not set up (no account, contact or plan) */
                        notSetUp: number;
                        /** @description Partner organisations of the tenant (archived aside) */
                        partners: number;
                        /** @description Accounts under a waiver now */
                        waived: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.plans.list": {
        parameters: {
            query?: {
                /** @description Staff: only current (true) or retired (false) plans; partners see current plans only */
                active?: boolean;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Retired plans stay on the accounts that have them but cannot be chosen */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /** @description The gated features the plan unlocks */
                            features: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            period: "month" | "year";
                            price: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                                value: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.plans.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO 4217 */
                    currency: string;
                    description?: string;
                    features?: string[];
                    name: string;
                    period: "month" | "year";
                    /** @description Decimal text, e.g. "149.00"; or send the minor units */
                    price?: string;
                    /** @description In minor units; or send the decimal text */
                    priceMinor?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Retired plans stay on the accounts that have them but cannot be chosen */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** @description The gated features the plan unlocks */
                        features: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        period: "month" | "year";
                        price: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.plans.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.plans.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Retired plans stay on the accounts that have them but cannot be chosen */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** @description The gated features the plan unlocks */
                        features: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        period: "month" | "year";
                        price: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.plans.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.plans.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.plans.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** @description ISO 4217 */
                    currency?: string;
                    description?: string;
                    features?: string[];
                    name?: string;
                    period?: "month" | "year";
                    /** @description Decimal text, e.g. "149.00"; or send the minor units */
                    price?: string;
                    /** @description In minor units; or send the decimal text */
                    priceMinor?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Retired plans stay on the accounts that have them but cannot be chosen */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** @description The gated features the plan unlocks */
                        features: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        period: "month" | "year";
                        price: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for EUR, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1490.00" */
                            value: string;
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.plans.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.provider.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The one partners pay with (the `provider` setting) */
                        provider: "manual" | "stripe";
                        stripe: {
                            configured: boolean;
                            liveMode: boolean | null;
                            secretKeyHint: string | null;
                            webhookUrl: string;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.provider.stripe.set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A secret or restricted key (sk_… / rk_…) */
                    secretKey: string;
                    /** @description The signing secret of the webhook endpoint (whsec_…) */
                    webhookSecret: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The one partners pay with (the `provider` setting) */
                        provider: "manual" | "stripe";
                        stripe: {
                            configured: boolean;
                            liveMode: boolean | null;
                            secretKeyHint: string | null;
                            webhookUrl: string;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.provider.stripe.remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Features (as plugins declare them, e.g. `questions.ask`) reserved for partners whose billing is in order: set up, not restricted, on a plan that unlocks them. Billing’s own features, sign-in (`access.*`) and data export can never be gated.
                         * @default []
                         */
                        gatedFeatures: string[];
                        /**
                         * @description Length of the grace period, after which gated features are restricted
                         * @default 14
                         */
                        graceDays: number;
                        /**
                         * @description How many days before the grace period ends the "restriction soon" email goes out (0: none)
                         * @default 3
                         */
                        graceWarningDays: number;
                        /**
                         * @description Invoice numbers are `<prefix>-<year>-<six digits>`, gap-free per prefix and year
                         * @default INV
                         */
                        invoicePrefix: string;
                        /**
                         * @description Days an account stays overdue (banner, email) before its grace period starts
                         * @default 3
                         */
                        overdueDays: number;
                        /**
                         * @description Days from issue to the due date, when an invoice names none
                         * @default 30
                         */
                        paymentTermsDays: number;
                        /**
                         * @description `manual`: staff record invoices and payments (works offline); `stripe`: partners pay online, with the keys set at `PUT /billing/provider/stripe`
                         * @default manual
                         */
                        provider: "manual" | "stripe";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Features (as plugins declare them, e.g. `questions.ask`) reserved for partners whose billing is in order: set up, not restricted, on a plan that unlocks them. Billing’s own features, sign-in (`access.*`) and data export can never be gated.
                     * @default []
                     */
                    gatedFeatures?: string[];
                    /**
                     * @description Length of the grace period, after which gated features are restricted
                     * @default 14
                     */
                    graceDays?: number;
                    /**
                     * @description How many days before the grace period ends the "restriction soon" email goes out (0: none)
                     * @default 3
                     */
                    graceWarningDays?: number;
                    /**
                     * @description Invoice numbers are `<prefix>-<year>-<six digits>`, gap-free per prefix and year
                     * @default INV
                     */
                    invoicePrefix?: string;
                    /**
                     * @description Days an account stays overdue (banner, email) before its grace period starts
                     * @default 3
                     */
                    overdueDays?: number;
                    /**
                     * @description Days from issue to the due date, when an invoice names none
                     * @default 30
                     */
                    paymentTermsDays?: number;
                    /**
                     * @description `manual`: staff record invoices and payments (works offline); `stripe`: partners pay online, with the keys set at `PUT /billing/provider/stripe`
                     * @default manual
                     */
                    provider?: "manual" | "stripe";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Features (as plugins declare them, e.g. `questions.ask`) reserved for partners whose billing is in order: set up, not restricted, on a plan that unlocks them. Billing’s own features, sign-in (`access.*`) and data export can never be gated.
                         * @default []
                         */
                        gatedFeatures: string[];
                        /**
                         * @description Length of the grace period, after which gated features are restricted
                         * @default 14
                         */
                        graceDays: number;
                        /**
                         * @description How many days before the grace period ends the "restriction soon" email goes out (0: none)
                         * @default 3
                         */
                        graceWarningDays: number;
                        /**
                         * @description Invoice numbers are `<prefix>-<year>-<six digits>`, gap-free per prefix and year
                         * @default INV
                         */
                        invoicePrefix: string;
                        /**
                         * @description Days an account stays overdue (banner, email) before its grace period starts
                         * @default 3
                         */
                        overdueDays: number;
                        /**
                         * @description Days from issue to the due date, when an invoice names none
                         * @default 30
                         */
                        paymentTermsDays: number;
                        /**
                         * @description `manual`: staff record invoices and payments (works offline); `stripe`: partners pay online, with the keys set at `PUT /billing/provider/stripe`
                         * @default manual
                         */
                        provider: "manual" | "stripe";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `billing.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "billing.stripe.webhook.receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string | null;
                    created?: number;
                    data: {
                        object: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                    id: string;
                    livemode?: boolean;
                    /** @constant */
                    object: "event";
                    type: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicate: boolean;
                        outcome: string;
                        /** @constant */
                        received: true;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.territories.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            areas: string[];
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.territories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.territories.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: string[];
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.territories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.territories.set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    areas: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: string[];
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.territories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.territories.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.territories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Staff only */
                flagged?: boolean;
                limit?: number;
                partnerId?: string;
                /** @description Search in customer names (accents and case ignored) */
                q?: string;
                sort?: "-createdAt" | "createdAt" | "-amount" | "amount" | "customerName";
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                /** @description YYYY-MM-DD */
                submittedFrom?: string;
                /** @description YYYY-MM-DD */
                submittedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description Digits after the decimal point for this currency */
                                exponent: number;
                                /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                minor: number;
                                /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                value: string;
                            };
                            closeDate: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerCountry: string | null;
                            customerDomain: string | null;
                            customerName: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            description: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partnerId: string;
                            review?: {
                                competing?: {
                                    amount: {
                                        /** @description ISO 4217 */
                                        currency: string;
                                        /** @description Digits after the decimal point for this currency */
                                        exponent: number;
                                        /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                        minor: number;
                                        /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                        value: string;
                                    };
                                    /** Format: date-time */
                                    createdAt: string;
                                    customerDomain: string | null;
                                    customerName: string;
                                    expiresAt: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    partnerId: string;
                                    partnerName: string;
                                    status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                    submittedByName: string;
                                    title: string;
                                }[];
                                competingDealIds: string[];
                                flagged: boolean;
                                outOfTerritory: boolean;
                                partnerName: string;
                            };
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                            submittedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.submit": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount as a decimal string ("1250.00"); or send `amountMinor` */
                    amount?: string;
                    /** @description Amount in minor units; or send `amount` */
                    amountMinor?: number;
                    closeDate?: string | null;
                    /** @description ISO 4217; the tenant’s default currency when omitted */
                    currency?: string;
                    customerCountry?: string | null;
                    customerDomain?: string | null;
                    customerName: string;
                    description?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.submit`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount as a decimal string ("1250.00"); or send `amountMinor` */
                    amount?: string;
                    /** @description Amount in minor units; or send `amount` */
                    amountMinor?: number;
                    closeDate?: string | null;
                    /** @description ISO 4217; the tenant’s default currency when omitted */
                    currency?: string;
                    customerCountry?: string | null;
                    customerDomain?: string | null;
                    customerName?: string;
                    description?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.submit`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.approve": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.review`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.extend": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Added to the current expiry date */
                    days: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.review`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.reject": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.review`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.deals.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description Digits after the decimal point for this currency */
                            exponent: number;
                            /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                            minor: number;
                            /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                            value: string;
                        };
                        closeDate: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerCountry: string | null;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        description: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        review?: {
                            competing?: {
                                amount: {
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Digits after the decimal point for this currency */
                                    exponent: number;
                                    /** @description In the currency’s minor unit (cents for USD, yen for JPY) */
                                    minor: number;
                                    /** @description The same amount as an exact decimal string, e.g. "1250.00" */
                                    value: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                customerDomain: string | null;
                                customerName: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                                submittedByName: string;
                                title: string;
                            }[];
                            competingDealIds: string[];
                            flagged: boolean;
                            outOfTerritory: boolean;
                            partnerName: string;
                        };
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                        submittedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.submit`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description How long an approved registration protects the partner
                         * @default 90
                         */
                        approvalDays: number;
                        /**
                         * @description ISO 4217 code used when a submission names none
                         * @default USD
                         */
                        currency: string;
                        /**
                         * @description IANA time zone deciding "today" for people who set none
                         * @default UTC
                         */
                        timeZone: string;
                        /**
                         * @description `partner`: everyone of a partner sees all its deals; `own`: people see only the deals they submitted (holders of deals.partner-wide still see all)
                         * @default partner
                         */
                        visibility: "partner" | "own";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deals.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How long an approved registration protects the partner
                     * @default 90
                     */
                    approvalDays?: number;
                    /**
                     * @description ISO 4217 code used when a submission names none
                     * @default USD
                     */
                    currency?: string;
                    /**
                     * @description IANA time zone deciding "today" for people who set none
                     * @default UTC
                     */
                    timeZone?: string;
                    /**
                     * @description `partner`: everyone of a partner sees all its deals; `own`: people see only the deals they submitted (holders of deals.partner-wide still see all)
                     * @default partner
                     */
                    visibility?: "partner" | "own";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description How long an approved registration protects the partner
                         * @default 90
                         */
                        approvalDays: number;
                        /**
                         * @description ISO 4217 code used when a submission names none
                         * @default USD
                         */
                        currency: string;
                        /**
                         * @description IANA time zone deciding "today" for people who set none
                         * @default UTC
                         */
                        timeZone: string;
                        /**
                         * @description `partner`: everyone of a partner sees all its deals; `own`: people see only the deals they submitted (holders of deals.partner-wide still see all)
                         * @default partner
                         */
                        visibility: "partner" | "own";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `deals.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.library.search": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Comma-separated ids of 1 to 50 files: only those of them you can see are answered; the others (unknown, retired, out of your reach) are left out, never an error */
                ids?: string;
                limit?: number;
                /** @description Words found in a space’s title or description, or a file’s name or description */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Since your last visit */
                            badge: "new" | "updated" | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            downloads?: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            retiredAt?: string | null;
                            size: number;
                            /** Format: uuid */
                            spaceId: string;
                            spaceTitle: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Number of the current version */
                            version: number;
                            /** Format: uuid */
                            versionId: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Media types accepted, as recognised from the bytes (a file that claims one type but is another is refused)
                         * @default [
                         *       "application/pdf",
                         *       "image/png",
                         *       "image/jpeg",
                         *       "image/gif",
                         *       "image/webp",
                         *       "application/zip",
                         *       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         *       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         *       "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                         *       "video/mp4",
                         *       "text/plain",
                         *       "text/csv"
                         *     ]
                         */
                        acceptedTypes: string[];
                        /**
                         * @description Largest file accepted, in bytes (larger: 413)
                         * @default 104857600
                         */
                        maxUploadBytes: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Media types accepted, as recognised from the bytes (a file that claims one type but is another is refused)
                     * @default [
                     *       "application/pdf",
                     *       "image/png",
                     *       "image/jpeg",
                     *       "image/gif",
                     *       "image/webp",
                     *       "application/zip",
                     *       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     *       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     *       "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                     *       "video/mp4",
                     *       "text/plain",
                     *       "text/csv"
                     *     ]
                     */
                    acceptedTypes?: string[];
                    /**
                     * @description Largest file accepted, in bytes (larger: 413)
                     * @default 104857600
                     */
                    maxUploadBytes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Media types accepted, as recognised from the bytes (a file that claims one type but is another is refused)
                         * @default [
                         *       "application/pdf",
                         *       "image/png",
                         *       "image/jpeg",
                         *       "image/gif",
                         *       "image/webp",
                         *       "application/zip",
                         *       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         *       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         *       "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                         *       "video/mp4",
                         *       "text/plain",
                         *       "text/csv"
                         *     ]
                         */
                        acceptedTypes: string[];
                        /**
                         * @description Largest file accepted, in bytes (larger: 413)
                         * @default 104857600
                         */
                        maxUploadBytes: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.spaces.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            allowedRoles?: string[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            fileCount: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Files added since your last visit */
                            newFiles: number;
                            partnerIds?: string[];
                            tiers?: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Files given a new version since your last visit */
                            updatedFiles: number;
                            /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                            visibility?: "all" | "partners" | "tiers";
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.spaces.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Partner roles (or access groups) whose holders see the space */
                    allowedRoles: string[];
                    description?: string;
                    partnerIds?: string[];
                    tiers?: string[];
                    title: string;
                    /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                    visibility: "all" | "partners" | "tiers";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedRoles?: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        fileCount: number;
                        /** Format: uuid */
                        id: string;
                        /** @description Files added since your last visit */
                        newFiles: number;
                        partnerIds?: string[];
                        tiers?: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Files given a new version since your last visit */
                        updatedFiles: number;
                        /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                        visibility?: "all" | "partners" | "tiers";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.spaces.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedRoles?: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        fileCount: number;
                        /** Format: uuid */
                        id: string;
                        /** @description Files added since your last visit */
                        newFiles: number;
                        partnerIds?: string[];
                        tiers?: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Files given a new version since your last visit */
                        updatedFiles: number;
                        /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                        visibility?: "all" | "partners" | "tiers";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.spaces.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Partner roles (or access groups) whose holders see the space */
                    allowedRoles?: string[];
                    description?: string;
                    partnerIds?: string[];
                    tiers?: string[];
                    title?: string;
                    /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                    visibility?: "all" | "partners" | "tiers";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedRoles?: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        fileCount: number;
                        /** Format: uuid */
                        id: string;
                        /** @description Files added since your last visit */
                        newFiles: number;
                        partnerIds?: string[];
                        tiers?: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Files given a new version since your last visit */
                        updatedFiles: number;
                        /** @description `all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers` */
                        visibility?: "all" | "partners" | "tiers";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Since your last visit */
                            badge: "new" | "updated" | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            downloads?: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            retiredAt?: string | null;
                            size: number;
                            /** Format: uuid */
                            spaceId: string;
                            spaceTitle: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Number of the current version */
                            version: number;
                            /** Format: uuid */
                            versionId: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.upload": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    description?: string;
                    /** @description The file (multipart part with a file name) */
                    file: string;
                    /** @description Display name; defaults to the uploaded file name (sanitised) */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Since your last visit */
                        badge: "new" | "updated" | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        downloads?: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        retiredAt?: string | null;
                        size: number;
                        /** Format: uuid */
                        spaceId: string;
                        spaceTitle: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Number of the current version */
                        version: number;
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not multipart/form-data, or a file is not of an accepted type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Since your last visit */
                        badge: "new" | "updated" | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        downloads?: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        retiredAt?: string | null;
                        size: number;
                        /** Format: uuid */
                        spaceId: string;
                        spaceTitle: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Number of the current version */
                        version: number;
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.downloads.count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        fileId: string;
                        partners: {
                            count: number;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        /** @description Downloads by the vendor’s staff */
                        staff: number;
                        total: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.restore": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Since your last visit */
                        badge: "new" | "updated" | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        downloads?: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        retiredAt?: string | null;
                        size: number;
                        /** Format: uuid */
                        spaceId: string;
                        spaceTitle: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Number of the current version */
                        version: number;
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.retire": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Since your last visit */
                        badge: "new" | "updated" | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        downloads?: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        retiredAt?: string | null;
                        size: number;
                        /** Format: uuid */
                        spaceId: string;
                        spaceTitle: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Number of the current version */
                        version: number;
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.versions.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contentType: string;
                            current: boolean;
                            /** Format: uuid */
                            fileId: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            number: number;
                            sha256: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.files.replace": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                fileId: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The file (multipart part with a file name) */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentType: string;
                        current: boolean;
                        /** Format: uuid */
                        fileId: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        number: number;
                        sha256: string;
                        size: number;
                        /** Format: date-time */
                        uploadedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not multipart/form-data, or a file is not of an accepted type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.versions.download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                spaceId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "documents.visits.record": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        previousVisitAt: string | null;
                        /** Format: date-time */
                        visitedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `documents.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access.embed.sessions.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    createMember?: {
                        /** Format: email */
                        email?: string;
                        locale?: "en" | "fr" | "es";
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        role: "principal" | "salesperson" | "technical" | "partner_user";
                    };
                    /** Format: email */
                    email?: string;
                    /** @description Your own id for the person */
                    externalId?: string;
                    /** @description The page origin the widgets run on; one of the allowed embed origins */
                    origin: string;
                    /** Format: uuid */
                    partnerId?: string;
                    /** @default 600 */
                    ttlSeconds?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        person: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            partnerId: string | null;
                        };
                        /** @description Send as `Authorization: Bearer <token>` from the origin it was minted for */
                        token: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `access.embed.mint`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.clients.list": {
        parameters: {
            query?: {
                assignee?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Every row of one company (the tenant’s id) */
                externalId?: string;
                health?: "healthy" | "attention" | "critical" | "unknown";
                limit?: number;
                /** @description The mandate’s status, or `none` */
                mandate?: "active" | "suspended" | "ended" | "none";
                /** @description Staff: one partner’s clients */
                partnerId?: string;
                /** @description Search in names, domains and external ids */
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignees: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            domain: string | null;
                            externalId: string | null;
                            health: ("healthy" | "attention" | "critical") | null;
                            /** Format: uuid */
                            id: string;
                            mandate: {
                                scope: string[];
                                status: "active" | "suspended" | "ended";
                                validUntil: string | null;
                            } | null;
                            name: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            status: "active" | "archived";
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.clients.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    domain?: string | null;
                    name: string;
                    /**
                     * Format: uuid
                     * @description Staff: the partner the client belongs to
                     */
                    partnerId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        assignees: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        contact: {
                            email: string;
                            locale: ("en" | "fr" | "es") | null;
                            name: string | null;
                        } | null;
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deepLink: {
                            productName: string;
                            url: string;
                        } | null;
                        domain: string | null;
                        externalId: string | null;
                        /** @description What the tenant’s product knows of the client (plan, seats, …), as it pushed it */
                        facts: {
                            [key: string]: string | number | boolean | null;
                        };
                        fedAt: string | null;
                        health: ("healthy" | "attention" | "critical") | null;
                        /** Format: uuid */
                        id: string;
                        mandate: {
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partnerId: string;
                            pendingProposal: {
                                approver: "client" | "staff";
                                baseVersion: number;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                diff: {
                                    scope?: {
                                        added: string[];
                                        removed: string[];
                                    };
                                    status?: {
                                        from: ("active" | "suspended" | "ended") | null;
                                        to: "active" | "suspended" | "ended";
                                    };
                                    validFrom?: {
                                        from: string | null;
                                        /**
                                         * Format: date
                                         * @description YYYY-MM-DD
                                         */
                                        to: string;
                                    };
                                    validUntil?: {
                                        from: string | null;
                                        to: string | null;
                                    };
                                };
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                mandateId: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                proposedBy: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                } | null;
                                reason: string;
                                status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                                terms: {
                                    scope: string[];
                                    status: "active" | "suspended" | "ended";
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    validFrom: string;
                                    validUntil: string | null;
                                };
                            } | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        } | null;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pendingInvitation: {
                            contactEmail: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        } | null;
                        /** @description Where the client came from (`team`: registered on the team pages) */
                        source: "feed" | "partner" | "staff" | "invitation" | "team";
                        status: "active" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.clients.register`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.clients.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        assignees: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        contact: {
                            email: string;
                            locale: ("en" | "fr" | "es") | null;
                            name: string | null;
                        } | null;
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deepLink: {
                            productName: string;
                            url: string;
                        } | null;
                        domain: string | null;
                        externalId: string | null;
                        /** @description What the tenant’s product knows of the client (plan, seats, …), as it pushed it */
                        facts: {
                            [key: string]: string | number | boolean | null;
                        };
                        fedAt: string | null;
                        health: ("healthy" | "attention" | "critical") | null;
                        /** Format: uuid */
                        id: string;
                        mandate: {
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partnerId: string;
                            pendingProposal: {
                                approver: "client" | "staff";
                                baseVersion: number;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                diff: {
                                    scope?: {
                                        added: string[];
                                        removed: string[];
                                    };
                                    status?: {
                                        from: ("active" | "suspended" | "ended") | null;
                                        to: "active" | "suspended" | "ended";
                                    };
                                    validFrom?: {
                                        from: string | null;
                                        /**
                                         * Format: date
                                         * @description YYYY-MM-DD
                                         */
                                        to: string;
                                    };
                                    validUntil?: {
                                        from: string | null;
                                        to: string | null;
                                    };
                                };
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                mandateId: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                proposedBy: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                } | null;
                                reason: string;
                                status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                                terms: {
                                    scope: string[];
                                    status: "active" | "suspended" | "ended";
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    validFrom: string;
                                    validUntil: string | null;
                                };
                            } | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        } | null;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pendingInvitation: {
                            contactEmail: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        } | null;
                        /** @description Where the client came from (`team`: registered on the team pages) */
                        source: "feed" | "partner" | "staff" | "invitation" | "team";
                        status: "active" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.clients.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact?: {
                        /** Format: email */
                        email: string;
                        locale?: "en" | "fr" | "es";
                        name?: string;
                    } | null;
                    country?: string | null;
                    domain?: string | null;
                    name?: string;
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        assignees: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        contact: {
                            email: string;
                            locale: ("en" | "fr" | "es") | null;
                            name: string | null;
                        } | null;
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deepLink: {
                            productName: string;
                            url: string;
                        } | null;
                        domain: string | null;
                        externalId: string | null;
                        /** @description What the tenant’s product knows of the client (plan, seats, …), as it pushed it */
                        facts: {
                            [key: string]: string | number | boolean | null;
                        };
                        fedAt: string | null;
                        health: ("healthy" | "attention" | "critical") | null;
                        /** Format: uuid */
                        id: string;
                        mandate: {
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partnerId: string;
                            pendingProposal: {
                                approver: "client" | "staff";
                                baseVersion: number;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                diff: {
                                    scope?: {
                                        added: string[];
                                        removed: string[];
                                    };
                                    status?: {
                                        from: ("active" | "suspended" | "ended") | null;
                                        to: "active" | "suspended" | "ended";
                                    };
                                    validFrom?: {
                                        from: string | null;
                                        /**
                                         * Format: date
                                         * @description YYYY-MM-DD
                                         */
                                        to: string;
                                    };
                                    validUntil?: {
                                        from: string | null;
                                        to: string | null;
                                    };
                                };
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                mandateId: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                proposedBy: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                } | null;
                                reason: string;
                                status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                                terms: {
                                    scope: string[];
                                    status: "active" | "suspended" | "ended";
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    validFrom: string;
                                    validUntil: string | null;
                                };
                            } | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        } | null;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        pendingInvitation: {
                            contactEmail: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        } | null;
                        /** @description Where the client came from (`team`: registered on the team pages) */
                        source: "feed" | "partner" | "staff" | "invitation" | "team";
                        status: "active" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.clients.register`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.clients.activity.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The audit action, e.g. `fleet.mandate.reduced`, `team.client.assigned` */
                            action: string;
                            actor: {
                                kind: string | null;
                                name: string | null;
                            };
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandates.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        pendingProposal: {
                            approver: "client" | "staff";
                            baseVersion: number;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            diff: {
                                scope?: {
                                    added: string[];
                                    removed: string[];
                                };
                                status?: {
                                    from: ("active" | "suspended" | "ended") | null;
                                    to: "active" | "suspended" | "ended";
                                };
                                validFrom?: {
                                    from: string | null;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    to: string;
                                };
                                validUntil?: {
                                    from: string | null;
                                    to: string | null;
                                };
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mandateId: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            proposedBy: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            } | null;
                            reason: string;
                            status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                            terms: {
                                scope: string[];
                                status: "active" | "suspended" | "ended";
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                validFrom: string;
                                validUntil: string | null;
                            };
                        } | null;
                        scope: string[];
                        status: "active" | "suspended" | "ended";
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validUntil: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandates.change": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: kept in the mandate’s history */
                    reason: string;
                    /** @description Capability keys of the tenant’s settings */
                    scope?: string[];
                    status?: "active" | "suspended" | "ended";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom?: string;
                    validUntil?: string | null;
                    /** @description The version the change is made against; another one answers 409 with the current mandate */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: {
                            change: "created" | "reduced" | "extended" | "ended" | "expired" | "fed";
                            changedBy: {
                                kind: "member" | "staff" | "contact" | "system" | "feed";
                                name: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            diff: {
                                scope?: {
                                    added: string[];
                                    removed: string[];
                                };
                                status?: {
                                    from: ("active" | "suspended" | "ended") | null;
                                    to: "active" | "suspended" | "ended";
                                };
                                validFrom?: {
                                    from: string | null;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    to: string;
                                };
                                validUntil?: {
                                    from: string | null;
                                    to: string | null;
                                };
                            };
                            proposalId: string | null;
                            reason: string | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        } | null;
                        mandate: {
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partnerId: string;
                            pendingProposal: {
                                approver: "client" | "staff";
                                baseVersion: number;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                diff: {
                                    scope?: {
                                        added: string[];
                                        removed: string[];
                                    };
                                    status?: {
                                        from: ("active" | "suspended" | "ended") | null;
                                        to: "active" | "suspended" | "ended";
                                    };
                                    validFrom?: {
                                        from: string | null;
                                        /**
                                         * Format: date
                                         * @description YYYY-MM-DD
                                         */
                                        to: string;
                                    };
                                    validUntil?: {
                                        from: string | null;
                                        to: string | null;
                                    };
                                };
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                mandateId: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                                proposedBy: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                } | null;
                                reason: string;
                                status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                                terms: {
                                    scope: string[];
                                    status: "active" | "suspended" | "ended";
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    validFrom: string;
                                    validUntil: string | null;
                                };
                            } | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        };
                        proposal: {
                            approver: "client" | "staff";
                            baseVersion: number;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            diff: {
                                scope?: {
                                    added: string[];
                                    removed: string[];
                                };
                                status?: {
                                    from: ("active" | "suspended" | "ended") | null;
                                    to: "active" | "suspended" | "ended";
                                };
                                validFrom?: {
                                    from: string | null;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    to: string;
                                };
                                validUntil?: {
                                    from: string | null;
                                    to: string | null;
                                };
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mandateId: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            proposedBy: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            } | null;
                            reason: string;
                            status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                            terms: {
                                scope: string[];
                                status: "active" | "suspended" | "ended";
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                validFrom: string;
                                validUntil: string | null;
                            };
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.mandates.propose`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandates.versions.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            change: "created" | "reduced" | "extended" | "ended" | "expired" | "fed";
                            changedBy: {
                                kind: "member" | "staff" | "contact" | "system" | "feed";
                                name: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            diff: {
                                scope?: {
                                    added: string[];
                                    removed: string[];
                                };
                                status?: {
                                    from: ("active" | "suspended" | "ended") | null;
                                    to: "active" | "suspended" | "ended";
                                };
                                validFrom?: {
                                    from: string | null;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    to: string;
                                };
                                validUntil?: {
                                    from: string | null;
                                    to: string | null;
                                };
                            };
                            proposalId: string | null;
                            reason: string | null;
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                            version: number;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.feed.clients.push": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    records: unknown[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            clientId: string | null;
                            externalId: string | null;
                            index: number;
                            problem: {
                                detail: string;
                                errors: {
                                    /** @description JSON pointer into the record */
                                    field: string;
                                    /** @constant */
                                    in: "body";
                                    message: string;
                                }[];
                                status: number;
                                title: string;
                                type: string;
                            } | null;
                            status: "created" | "updated" | "unchanged" | "refused";
                        }[];
                        summary: {
                            created: number;
                            refused: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.feed.write`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.invitations.list": {
        parameters: {
            query?: {
                clientId?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                /** @description Staff: one partner’s invitations */
                partnerId?: string;
                /** @description Search in company names and contact emails */
                q?: string;
                /** @description `pending`: sent or resent */
                status?: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted" | "pending";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            alsoServedBy?: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: uuid */
                                partnerId: string;
                                partnerName: string;
                            }[];
                            clientId: string | null;
                            companyName: string;
                            contactEmail: string;
                            contactName: string | null;
                            declineReason: string | null;
                            domain: string | null;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            locale: ("en" | "fr" | "es") | null;
                            message: string | null;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            resendCount: number;
                            respondedAt: string | null;
                            scope: string[];
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            } | null;
                            status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.invitations.send": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Invite the contact of a client you already have; or name a new company
                     */
                    clientId?: string;
                    companyName?: string;
                    /** Format: email */
                    contactEmail: string;
                    contactName?: string;
                    domain?: string | null;
                    locale?: "en" | "fr" | "es";
                    message?: string;
                    /** @description Capability keys of the tenant’s settings */
                    scope: string[];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom?: string;
                    validUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        clientId: string | null;
                        companyName: string;
                        contactEmail: string;
                        contactName: string | null;
                        declineReason: string | null;
                        domain: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        locale: ("en" | "fr" | "es") | null;
                        message: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        resendCount: number;
                        respondedAt: string | null;
                        scope: string[];
                        /** Format: date-time */
                        sentAt: string;
                        sentBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.invitations.send`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.invitations.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        clientId: string | null;
                        companyName: string;
                        contactEmail: string;
                        contactName: string | null;
                        declineReason: string | null;
                        domain: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        locale: ("en" | "fr" | "es") | null;
                        message: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        resendCount: number;
                        respondedAt: string | null;
                        scope: string[];
                        /** Format: date-time */
                        sentAt: string;
                        sentBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.invitations.resend": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        clientId: string | null;
                        companyName: string;
                        contactEmail: string;
                        contactName: string | null;
                        declineReason: string | null;
                        domain: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        locale: ("en" | "fr" | "es") | null;
                        message: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        resendCount: number;
                        respondedAt: string | null;
                        scope: string[];
                        /** Format: date-time */
                        sentAt: string;
                        sentBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.invitations.revoke": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alsoServedBy?: {
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                        }[];
                        clientId: string | null;
                        companyName: string;
                        contactEmail: string;
                        contactName: string | null;
                        declineReason: string | null;
                        domain: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        locale: ("en" | "fr" | "es") | null;
                        message: string | null;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        resendCount: number;
                        respondedAt: string | null;
                        scope: string[];
                        /** Format: date-time */
                        sentAt: string;
                        sentBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        status: "sent" | "resent" | "revoked" | "expired" | "declined" | "accepted";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        validUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandate-proposals.list": {
        parameters: {
            query?: {
                clientId?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                /** @description Staff: one partner’s proposals */
                partnerId?: string;
                status?: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approver: "client" | "staff";
                            baseVersion: number;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            diff: {
                                scope?: {
                                    added: string[];
                                    removed: string[];
                                };
                                status?: {
                                    from: ("active" | "suspended" | "ended") | null;
                                    to: "active" | "suspended" | "ended";
                                };
                                validFrom?: {
                                    from: string | null;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    to: string;
                                };
                                validUntil?: {
                                    from: string | null;
                                    to: string | null;
                                };
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mandateId: string;
                            /** Format: uuid */
                            partnerId: string;
                            partnerName: string;
                            proposedBy: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            } | null;
                            reason: string;
                            status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                            terms: {
                                scope: string[];
                                status: "active" | "suspended" | "ended";
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                validFrom: string;
                                validUntil: string | null;
                            };
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandate-proposals.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approver: "client" | "staff";
                        baseVersion: number;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        diff: {
                            scope?: {
                                added: string[];
                                removed: string[];
                            };
                            status?: {
                                from: ("active" | "suspended" | "ended") | null;
                                to: "active" | "suspended" | "ended";
                            };
                            validFrom?: {
                                from: string | null;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                to: string;
                            };
                            validUntil?: {
                                from: string | null;
                                to: string | null;
                            };
                        };
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        mandateId: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        proposedBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        reason: string;
                        status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                        terms: {
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandate-proposals.approve": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approver: "client" | "staff";
                        baseVersion: number;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        diff: {
                            scope?: {
                                added: string[];
                                removed: string[];
                            };
                            status?: {
                                from: ("active" | "suspended" | "ended") | null;
                                to: "active" | "suspended" | "ended";
                            };
                            validFrom?: {
                                from: string | null;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                to: string;
                            };
                            validUntil?: {
                                from: string | null;
                                to: string | null;
                            };
                        };
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        mandateId: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        proposedBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        reason: string;
                        status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                        terms: {
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.mandates.approve`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandate-proposals.decline": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approver: "client" | "staff";
                        baseVersion: number;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        diff: {
                            scope?: {
                                added: string[];
                                removed: string[];
                            };
                            status?: {
                                from: ("active" | "suspended" | "ended") | null;
                                to: "active" | "suspended" | "ended";
                            };
                            validFrom?: {
                                from: string | null;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                to: string;
                            };
                            validUntil?: {
                                from: string | null;
                                to: string | null;
                            };
                        };
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        mandateId: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        proposedBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        reason: string;
                        status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                        terms: {
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.mandates.approve`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.mandate-proposals.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approver: "client" | "staff";
                        baseVersion: number;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        diff: {
                            scope?: {
                                added: string[];
                                removed: string[];
                            };
                            status?: {
                                from: ("active" | "suspended" | "ended") | null;
                                to: "active" | "suspended" | "ended";
                            };
                            validFrom?: {
                                from: string | null;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                to: string;
                            };
                            validUntil?: {
                                from: string | null;
                                to: string | null;
                            };
                        };
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        mandateId: string;
                        /** Format: uuid */
                        partnerId: string;
                        partnerName: string;
                        proposedBy: {
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        } | null;
                        reason: string;
                        status: "pending" | "approved" | "declined" | "withdrawn" | "superseded" | "expired";
                        terms: {
                            scope: string[];
                            status: "active" | "suspended" | "ended";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.mandates.propose`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description What a mandate may let a partner do for a client
                         * @default [
                         *       {
                         *         "key": "view-financials",
                         *         "label": "View financial statements"
                         *       },
                         *       {
                         *         "key": "file-returns",
                         *         "label": "File tax returns"
                         *       },
                         *       {
                         *         "key": "manage-payroll",
                         *         "label": "Run payroll"
                         *       },
                         *       {
                         *         "key": "manage-invoices",
                         *         "label": "Issue and pay invoices"
                         *       },
                         *       {
                         *         "key": "administer-account",
                         *         "label": "Administer the account"
                         *       }
                         *     ]
                         */
                        capabilities: {
                            /** @description Lowercase kebab-case, e.g. `file-returns` */
                            key: string;
                            label: string;
                        }[];
                        /**
                         * @description https URL into the tenant’s product for one client, with `{clientExternalId}` and `{clientId}` placeholders, e.g. `https://app.example.com/c/{clientExternalId}`; empty for none
                         * @default
                         */
                        deepLinkTemplate: string;
                        /**
                         * @description `client`: the client’s contact approves a mandate extension through an emailed link; `staff`: the programme’s staff approve it
                         * @default client
                         */
                        extensionApproval: "client" | "staff";
                        /**
                         * @description How long a client invitation’s link (and a mandate extension’s approval link) stays valid
                         * @default 14
                         */
                        invitationLifetimeDays: number;
                        /**
                         * @description Whether partners register client companies themselves; when false, clients come only from the data feed and staff
                         * @default true
                         */
                        partnersMayRegisterClients: boolean;
                        /**
                         * @description The product the deep link opens ("Open in <product>"); the programme’s name when empty
                         * @default
                         */
                        productName: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fleet.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What a mandate may let a partner do for a client
                     * @default [
                     *       {
                     *         "key": "view-financials",
                     *         "label": "View financial statements"
                     *       },
                     *       {
                     *         "key": "file-returns",
                     *         "label": "File tax returns"
                     *       },
                     *       {
                     *         "key": "manage-payroll",
                     *         "label": "Run payroll"
                     *       },
                     *       {
                     *         "key": "manage-invoices",
                     *         "label": "Issue and pay invoices"
                     *       },
                     *       {
                     *         "key": "administer-account",
                     *         "label": "Administer the account"
                     *       }
                     *     ]
                     */
                    capabilities?: {
                        /** @description Lowercase kebab-case, e.g. `file-returns` */
                        key: string;
                        label: string;
                    }[];
                    /**
                     * @description https URL into the tenant’s product for one client, with `{clientExternalId}` and `{clientId}` placeholders, e.g. `https://app.example.com/c/{clientExternalId}`; empty for none
                     * @default
                     */
                    deepLinkTemplate?: string;
                    /**
                     * @description `client`: the client’s contact approves a mandate extension through an emailed link; `staff`: the programme’s staff approve it
                     * @default client
                     */
                    extensionApproval?: "client" | "staff";
                    /**
                     * @description How long a client invitation’s link (and a mandate extension’s approval link) stays valid
                     * @default 14
                     */
                    invitationLifetimeDays?: number;
                    /**
                     * @description Whether partners register client companies themselves; when false, clients come only from the data feed and staff
                     * @default true
                     */
                    partnersMayRegisterClients?: boolean;
                    /**
                     * @description The product the deep link opens ("Open in <product>"); the programme’s name when empty
                     * @default
                     */
                    productName?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description What a mandate may let a partner do for a client
                         * @default [
                         *       {
                         *         "key": "view-financials",
                         *         "label": "View financial statements"
                         *       },
                         *       {
                         *         "key": "file-returns",
                         *         "label": "File tax returns"
                         *       },
                         *       {
                         *         "key": "manage-payroll",
                         *         "label": "Run payroll"
                         *       },
                         *       {
                         *         "key": "manage-invoices",
                         *         "label": "Issue and pay invoices"
                         *       },
                         *       {
                         *         "key": "administer-account",
                         *         "label": "Administer the account"
                         *       }
                         *     ]
                         */
                        capabilities: {
                            /** @description Lowercase kebab-case, e.g. `file-returns` */
                            key: string;
                            label: string;
                        }[];
                        /**
                         * @description https URL into the tenant’s product for one client, with `{clientExternalId}` and `{clientId}` placeholders, e.g. `https://app.example.com/c/{clientExternalId}`; empty for none
                         * @default
                         */
                        deepLinkTemplate: string;
                        /**
                         * @description `client`: the client’s contact approves a mandate extension through an emailed link; `staff`: the programme’s staff approve it
                         * @default client
                         */
                        extensionApproval: "client" | "staff";
                        /**
                         * @description How long a client invitation’s link (and a mandate extension’s approval link) stays valid
                         * @default 14
                         */
                        invitationLifetimeDays: number;
                        /**
                         * @description Whether partners register client companies themselves; when false, clients come only from the data feed and staff
                         * @default true
                         */
                        partnersMayRegisterClients: boolean;
                        /**
                         * @description The product the deep link opens ("Open in <product>"); the programme’s name when empty
                         * @default
                         */
                        productName: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `fleet.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "portal.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        brand: {
                            accentColor?: string;
                            displayName?: string;
                            fontFamily?: string;
                            /** @description https URL, or the address on this server of the uploaded logo */
                            logoUrl?: string;
                            /** @description Show the "Powered by Portico" footer. */
                            poweredBy: boolean;
                            primaryColor?: string;
                        };
                        identity: {
                            /** @description API path where PATCH `{ locale }` changes the signed-in person’s language, so that a language picked in the portal follows them to other devices and to their emails */
                            profilePath?: string;
                            /** @description API paths under which a change starts or ends a session (the client then asks for a new verificationToken) */
                            sessionChangePaths: string[];
                            /** @description API path (under /api/v1) of the caller’s session: GET answers it (401 when signed out), DELETE signs out */
                            sessionPath: string;
                            /** @description Tag of the element the portal shows to someone signed out */
                            signInElement: string;
                            /** @description Path of the server-rendered sign-in page */
                            signInPage: string;
                            /** @description Header in which changes made with a session cookie send the session’s verificationToken */
                            verificationHeader: string;
                        } | null;
                        locales: ("en" | "fr" | "es")[];
                        plugins: {
                            id: string;
                            widgets: string | null;
                        }[];
                        tenant: {
                            defaultLocale: "en" | "fr" | "es";
                            name: string;
                            slug: string;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "portal.features.check": {
        parameters: {
            query: {
                /** @description Comma-separated feature keys */
                keys: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        features: {
                            [key: string]: {
                                /** @constant */
                                allowed: true;
                            } | {
                                /** @constant */
                                allowed: false;
                                problem: {
                                    action?: {
                                        href: string;
                                        label: string;
                                    };
                                    detail?: string;
                                    status: number;
                                    title: string;
                                    /** @description e.g. …/problems/billing-required */
                                    type: string;
                                };
                            };
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "portal.logo": {
        parameters: {
            query?: {
                /** @description The version `brand.logoUrl` names */
                v?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.categories.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.categories.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Unique in the tenant, case-insensitive */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.categories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.categories.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.categories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.categories.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Unique in the tenant, case-insensitive */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.categories.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.list": {
        parameters: {
            query?: {
                askedAfter?: string;
                askedBefore?: string;
                askedBy?: string | "me";
                /** @description Staff: a staff member, or `none` for unassigned */
                assigneeId?: string | "none";
                categoryId?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                dealId?: string;
                limit?: number;
                partnerId?: string;
                /** @description `attention`: open questions first, oldest first within each status (staff default); `newest` (partner default); `oldest` */
                sort?: "attention" | "oldest" | "newest";
                status?: "open" | "answered" | "closed";
                /** @description Only questions that never had an answer */
                unanswered?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description When it was first answered */
                            answeredAt: string | null;
                            /** @description 0 while unanswered; counts answer updates */
                            answerVersion: number;
                            askedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                customerName: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            status: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.ask": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; raw HTML is shown as text */
                    body: string;
                    categoryId?: string | null;
                    /** @description A deal of the asker’s own organisation */
                    dealId?: string | null;
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.ask`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.answer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; raw HTML is shown as text */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.answer`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.answers.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An active staff member of the tenant; null unassigns */
                    assigneeId: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.assign`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.close": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.questions.reopen": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current answer version */
                        answer: {
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Markdown source */
                            body: string;
                            /** @description Sanitised HTML, safe to insert */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        } | null;
                        /** @description When it was first answered */
                        answeredAt: string | null;
                        /** @description 0 while unanswered; counts answer updates */
                        answerVersion: number;
                        askedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        assignee?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Markdown source */
                        body: string;
                        /** @description Sanitised HTML, safe to insert */
                        bodyHtml: string;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deal: {
                            customerName: string;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "open" | "answered" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `questions.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                partnerId?: string;
                /** @description Part of a name or an email address, any case */
                q?: string;
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Members looking after the client; staff also see cross-organisation leftovers, flagged */
                            assignees: {
                                crossOrganisation?: boolean;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            domain: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            partnerId: string;
                            status: "active" | "archived";
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    domain?: string | null;
                    name: string;
                    /** Format: uuid */
                    partnerId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Members looking after the client; staff also see cross-organisation leftovers, flagged */
                        assignees: {
                            crossOrganisation?: boolean;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        domain: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        status: "active" | "archived";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.clients.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Members looking after the client; staff also see cross-organisation leftovers, flagged */
                        assignees: {
                            crossOrganisation?: boolean;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        domain: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        status: "active" | "archived";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    domain?: string | null;
                    name?: string;
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Members looking after the client; staff also see cross-organisation leftovers, flagged */
                        assignees: {
                            crossOrganisation?: boolean;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        domain: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        status: "active" | "archived";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.clients.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.assign": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    personId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        partnerId: string;
                        /** Format: uuid */
                        personId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.clients.unassign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.escalations.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        boundaries: {
                            description: string;
                            key: string;
                            staffTools: {
                                method: string;
                                path: string;
                                summary: string;
                            }[];
                            title: string;
                        }[];
                        support: {
                            email: string | null;
                            url: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.invitations.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                partnerId?: string;
                /** @description Part of a name or an email address, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            invitedAt: string;
                            linkExpiresAt: string | null;
                            name: string;
                            /** Format: uuid */
                            partnerId: string;
                            role: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.invitations.send": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    locale?: "en" | "fr" | "es";
                    name: string;
                    /** Format: uuid */
                    partnerId?: string;
                    /** @description A partner role. Partner admins may only use partner_admin and partner_user; staff any. */
                    role?: "partner_admin" | "principal" | "salesperson" | "technical" | "partner_user";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        invitedAt: string;
                        linkExpiresAt: string | null;
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        role: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.invitations.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.my-clients.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            assignedAt: string;
                            country: string | null;
                            domain: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            status: "active" | "archived";
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.members.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                direction?: "asc" | "desc";
                limit?: number;
                partnerId?: string;
                /** @description Part of a name or an email address, any case */
                q?: string;
                sort?: "name" | "email" | "role" | "activity";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Coarse activity: seen within the last 7 days, not, or never signed in */
                            activity: "active-this-week" | "inactive" | "unknown";
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @description The member is the person asking */
                            isYou: boolean;
                            lastSeenAt?: string | null;
                            mfa?: "enabled" | "not-enabled";
                            name: string;
                            /** Format: uuid */
                            partnerId: string;
                            role: string;
                            status: "active" | "deactivated";
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.members.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Coarse activity: seen within the last 7 days, not, or never signed in */
                        activity: "active-this-week" | "inactive" | "unknown";
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description The member is the person asking */
                        isYou: boolean;
                        lastSeenAt?: string | null;
                        mfa?: "enabled" | "not-enabled";
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        role: string;
                        status: "active" | "deactivated";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.members.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.members.change-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A partner role. Partner admins may only use partner_admin and partner_user; staff any. */
                    role: "partner_admin" | "principal" | "salesperson" | "technical" | "partner_user";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Coarse activity: seen within the last 7 days, not, or never signed in */
                        activity: "active-this-week" | "inactive" | "unknown";
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description The member is the person asking */
                        isYou: boolean;
                        lastSeenAt?: string | null;
                        mfa?: "enabled" | "not-enabled";
                        name: string;
                        /** Format: uuid */
                        partnerId: string;
                        role: string;
                        status: "active" | "deactivated";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.members.list-clients": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            assignedAt: string;
                            country: string | null;
                            domain: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            status: "active" | "archived";
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where partners write for what only the programme’s staff can do
                         */
                        supportEmail?: string;
                        /**
                         * Format: uri
                         * @description A support page or form for the same
                         */
                        supportUrl?: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.read`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "team.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Where partners write for what only the programme’s staff can do
                     */
                    supportEmail?: string;
                    /**
                     * Format: uri
                     * @description A support page or form for the same
                     */
                    supportUrl?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Where partners write for what only the programme’s staff can do
                         */
                        supportEmail?: string;
                        /**
                         * Format: uri
                         * @description A support page or form for the same
                         */
                        supportUrl?: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `team.settings.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.catalog.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            descriptionHtml: string;
                            /** Format: uuid */
                            id: string;
                            passThreshold: number;
                            questionCount: number;
                            /** @description Required for the person’s role */
                            required: boolean;
                            status: {
                                certificationId: string | null;
                                certifiedAt: string | null;
                                expiresAt: string | null;
                                lastAttemptAt: string | null;
                                lastPercent: number | null;
                                /** @description When a failed person may submit again (null: now) */
                                retryAllowedAt: string | null;
                                startedAt: string | null;
                                /** @description Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started */
                                state: "not_started" | "in_progress" | "certified" | "expired" | "failed";
                            };
                            title: string;
                            validForDays: number | null;
                            version: number;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.take`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.catalog.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        required: boolean;
                        sections: {
                            html: string;
                            title: string;
                        }[];
                        status: {
                            certificationId: string | null;
                            certifiedAt: string | null;
                            expiresAt: string | null;
                            lastAttemptAt: string | null;
                            lastPercent: number | null;
                            /** @description When a failed person may submit again (null: now) */
                            retryAllowedAt: string | null;
                            startedAt: string | null;
                            /** @description Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started */
                            state: "not_started" | "in_progress" | "certified" | "expired" | "failed";
                        };
                        title: string;
                        totalPoints: number;
                        validForDays: number | null;
                        /** @description Name it in the submission */
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.take`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.catalog.submit": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        optionIds: string[];
                        /** Format: uuid */
                        questionId: string;
                    }[];
                    /** @description The quiz version the person was shown */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certification: {
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            passedAt: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string;
                        passed: boolean;
                        passThreshold: number;
                        /** @description Rounded down to hundredths */
                        percent: number;
                        questions: {
                            correct: boolean;
                            /** Format: uuid */
                            questionId: string;
                        }[];
                        scorePoints: number;
                        status: {
                            certificationId: string | null;
                            certifiedAt: string | null;
                            expiresAt: string | null;
                            lastAttemptAt: string | null;
                            lastPercent: number | null;
                            /** @description When a failed person may submit again (null: now) */
                            retryAllowedAt: string | null;
                            startedAt: string | null;
                            /** @description Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started */
                            state: "not_started" | "in_progress" | "certified" | "expired" | "failed";
                        };
                        /** Format: date-time */
                        submittedAt: string;
                        totalPoints: number;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.take`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.catalog.start": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificationId: string | null;
                        certifiedAt: string | null;
                        expiresAt: string | null;
                        lastAttemptAt: string | null;
                        lastPercent: number | null;
                        /** @description When a failed person may submit again (null: now) */
                        retryAllowedAt: string | null;
                        startedAt: string | null;
                        /** @description Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started */
                        state: "not_started" | "in_progress" | "certified" | "expired" | "failed";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.take`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.certifications.list-mine": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            moduleId: string;
                            moduleTitle: string;
                            /** Format: date-time */
                            passedAt: string;
                            valid: boolean;
                            version: number;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.take`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.coverage.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Only people with a required certification expiring within 30 days */
                expiringOnly?: boolean;
                limit?: number;
                moduleId?: string;
                partnerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            person: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            required: {
                                certifiedAt: string | null;
                                expiresAt: string | null;
                                /** @description Certified, and expiring within 30 days */
                                expiringSoon: boolean;
                                /** Format: uuid */
                                moduleId: string;
                                /** @description Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started */
                                state: "not_started" | "in_progress" | "certified" | "expired" | "failed";
                                title: string;
                            }[];
                            role: string;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.coverage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.list": {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                status?: "draft" | "published" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            passThreshold: number;
                            publishedAt: string | null;
                            questionCount: number;
                            /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                            requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                            status: "draft" | "published" | "retired";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            validForDays: number | null;
                            version: number;
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown */
                    description?: string;
                    /** @description Ids of files of the documents plugin attached to the module */
                    documentFileIds?: string[];
                    /** @description Percent of the points needed to pass */
                    passThreshold?: number;
                    quiz?: {
                        kind: "single" | "multiple";
                        options: {
                            correct: boolean;
                            text: string;
                        }[];
                        points: number;
                        prompt: string;
                    }[];
                    /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                    requiredFor?: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                    sections?: {
                        /** @description Markdown */
                        body: string;
                        title: string;
                    }[];
                    title: string;
                    /** @description Days a certification stays valid; null: it never expires */
                    validForDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        publishedAt: string | null;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                correct: boolean;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                        requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                        retiredAt: string | null;
                        sections: {
                            body: string;
                            html: string;
                            title: string;
                        }[];
                        status: "draft" | "published" | "retired";
                        title: string;
                        totalPoints: number;
                        /** Format: date-time */
                        updatedAt: string;
                        validForDays: number | null;
                        /** @description The current quiz version */
                        version: number;
                        versions: {
                            attemptCount: number;
                            passThreshold: number;
                            publishedAt: string | null;
                            supersededAt: string | null;
                            totalPoints: number;
                            validForDays: number | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        publishedAt: string | null;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                correct: boolean;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                        requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                        retiredAt: string | null;
                        sections: {
                            body: string;
                            html: string;
                            title: string;
                        }[];
                        status: "draft" | "published" | "retired";
                        title: string;
                        totalPoints: number;
                        /** Format: date-time */
                        updatedAt: string;
                        validForDays: number | null;
                        /** @description The current quiz version */
                        version: number;
                        versions: {
                            attemptCount: number;
                            passThreshold: number;
                            publishedAt: string | null;
                            supersededAt: string | null;
                            totalPoints: number;
                            validForDays: number | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Ids of files of the documents plugin attached to the module */
                    documentFileIds?: string[];
                    /** @description Percent of the points needed to pass */
                    passThreshold?: number;
                    quiz?: {
                        kind: "single" | "multiple";
                        options: {
                            correct: boolean;
                            text: string;
                        }[];
                        points: number;
                        prompt: string;
                    }[];
                    /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                    requiredFor?: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                    sections?: {
                        /** @description Markdown */
                        body: string;
                        title: string;
                    }[];
                    title?: string;
                    /** @description Days a certification stays valid; null: it never expires */
                    validForDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        publishedAt: string | null;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                correct: boolean;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                        requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                        retiredAt: string | null;
                        sections: {
                            body: string;
                            html: string;
                            title: string;
                        }[];
                        status: "draft" | "published" | "retired";
                        title: string;
                        totalPoints: number;
                        /** Format: date-time */
                        updatedAt: string;
                        validForDays: number | null;
                        /** @description The current quiz version */
                        version: number;
                        versions: {
                            attemptCount: number;
                            passThreshold: number;
                            publishedAt: string | null;
                            supersededAt: string | null;
                            totalPoints: number;
                            validForDays: number | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.publish": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        publishedAt: string | null;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                correct: boolean;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                        requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                        retiredAt: string | null;
                        sections: {
                            body: string;
                            html: string;
                            title: string;
                        }[];
                        status: "draft" | "published" | "retired";
                        title: string;
                        totalPoints: number;
                        /** Format: date-time */
                        updatedAt: string;
                        validForDays: number | null;
                        /** @description The current quiz version */
                        version: number;
                        versions: {
                            attemptCount: number;
                            passThreshold: number;
                            publishedAt: string | null;
                            supersededAt: string | null;
                            totalPoints: number;
                            validForDays: number | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.modules.retire": {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        descriptionHtml: string;
                        documentFileIds: string[];
                        /** Format: uuid */
                        id: string;
                        passThreshold: number;
                        publishedAt: string | null;
                        quiz: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            options: {
                                correct: boolean;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            points: number;
                            prompt: string;
                        }[];
                        /** @description `all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone) */
                        requiredFor: "all" | ("partner_admin" | "principal" | "salesperson" | "technical" | "partner_user")[];
                        retiredAt: string | null;
                        sections: {
                            body: string;
                            html: string;
                            title: string;
                        }[];
                        status: "draft" | "published" | "retired";
                        title: string;
                        totalPoints: number;
                        /** Format: date-time */
                        updatedAt: string;
                        validForDays: number | null;
                        /** @description The current quiz version */
                        version: number;
                        versions: {
                            attemptCount: number;
                            passThreshold: number;
                            publishedAt: string | null;
                            supersededAt: string | null;
                            totalPoints: number;
                            validForDays: number | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.settings.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description After a failed attempt, how long before the person may submit again
                         * @default 60
                         */
                        retryCooldownMinutes: number;
                        /**
                         * @description How long a quiz version replaced by a newer one still accepts submissions from people who opened it before
                         * @default 24
                         */
                        supersededVersionGraceHours: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "training.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description After a failed attempt, how long before the person may submit again
                     * @default 60
                     */
                    retryCooldownMinutes?: number;
                    /**
                     * @description How long a quiz version replaced by a newer one still accepts submissions from people who opened it before
                     * @default 24
                     */
                    supersededVersionGraceHours?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description After a failed attempt, how long before the person may submit again
                         * @default 60
                         */
                        retryCooldownMinutes: number;
                        /**
                         * @description How long a quiz version replaced by a newer one still accepts submissions from people who opened it before
                         * @default 24
                         */
                        supersededVersionGraceHours: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field at fault. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lacks the permission `training.manage`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
