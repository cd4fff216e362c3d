/**
 * What the onboarding elements share: the API's shapes (from the plugin's public face), the routes the
 * elements call with their answers' types, the words of a step in the reader's language, counted
 * phrases, role names, how a failed call reads, the event that says the checklist changed, and page
 * styles.
 */
import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Static } from '@portico/core';
import type { Page, PorticoClient, RawOptions } from '@portico/sdk';
import { formatNumber, pageStyles as kitPageStyles, plural, problemTexts, type Locale } from '@portico/widgets';
import type { Checklist, OnboardingSettings, PartnerProgress, PersonProgress as PersonProgressSchema, Progress } from '../public.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type { Checklist, OnboardingSettings, PartnerProgress, Progress };
export type ChecklistStep = Checklist['steps'][number];
export type ProgressStep = Progress['steps'][number];
export type PersonProgress = Static<typeof PersonProgressSchema>;
/** A step's words: English, and French and Spanish when the tenant gave them. */
export type Words = ChecklistStep['title'];
export type { Page } from '@portico/sdk';

/**
 * The onboarding routes the elements call, `METHOD /path`, and what each answers. The SDK's generated
 * types do not know them, so the elements call them with `client.call<T>()` through `onboardingCall`,
 * typed here from the plugin's own schemas; the browser tests' fakes are typed from the same table.
 */
export interface OnboardingAnswers {
  'GET /onboarding/checklist': Checklist;
  'POST /onboarding/checklist/dismiss': Checklist;
  'POST /onboarding/checklist/resume': Checklist;
  'GET /onboarding/progress': Progress;
  'GET /onboarding/progress/people': Page<PersonProgress>;
  'GET /onboarding/settings': OnboardingSettings;
  'PATCH /onboarding/settings': OnboardingSettings;
}
export type OnboardingRoute = keyof OnboardingAnswers;

/** Calls one onboarding route: `onboardingCall(client, 'GET /onboarding/progress/people', { query: { partnerId } })`. */
export function onboardingCall<R extends OnboardingRoute>(client: PorticoClient, route: R, options: RawOptions = {}): Promise<OnboardingAnswers[R]> {
  const space = route.indexOf(' ');
  return client.call<OnboardingAnswers[R]>(route.slice(0, space) as 'GET', route.slice(space + 1), options);
}

/**
 * Dispatched on `window` by `<portico-onboarding>` after the person puts the checklist away or brings
 * it back (detail: the checklist as the server now answers it), so that the banner follows.
 */
export const ONBOARDING_CHANGED = 'portico-onboarding-changed';

export function announceChange(checklist: Checklist): void {
  window.dispatchEvent(new CustomEvent<Checklist>(ONBOARDING_CHANGED, { detail: checklist }));
}

declare global {
  interface WindowEventMap {
    'portico-onboarding-changed': CustomEvent<Checklist>;
  }
}

/** A step's words in the reader's language, else in English. */
export function wordsIn(words: Words, locale: Locale): string {
  return (locale !== 'en' ? (words as Partial<Record<string, string>>)[locale] : undefined) || words.en;
}

/** "3 of 5 done". */
export function doneCount(done: number, total: number, locale: Locale): string {
  return plural(done, { one: msg(str`${done} of ${total} done`, { id: 'onboarding.count.one' }), other: msg(str`${done} of ${total} done`, { id: 'onboarding.count' }) }, locale);
}

export function peopleCount(people: number, locale: Locale): string {
  return plural(people, { one: msg(str`${people} person`, { id: 'onboarding.people.one' }), other: msg(str`${people} people`, { id: 'onboarding.people' }) }, locale);
}

/** A share as the reader writes it ("40%", "40 %"); nothing of nothing is 0. */
export function percent(part: number, whole: number, locale: Locale): string {
  return formatNumber(whole > 0 ? part / whole : 0, locale, { style: 'percent', maximumFractionDigits: 0 });
}

export function roleLabel(role: string): string {
  const labels: Record<string, () => string> = {
    partner_admin: () => msg('Partner admin', { id: 'onboarding.role.partner_admin' }),
    principal: () => msg('Principal', { id: 'onboarding.role.principal' }),
    salesperson: () => msg('Salesperson', { id: 'onboarding.role.salesperson' }),
    technical: () => msg('Technical', { id: 'onboarding.role.technical' }),
    partner_user: () => msg('Partner user', { id: 'onboarding.role.partner_user' }),
    tenant_admin: () => msg('Administrator', { id: 'onboarding.role.tenant_admin' }),
    partner_manager: () => msg('Partner manager', { id: 'onboarding.role.partner_manager' }),
    support: () => msg('Support', { id: 'onboarding.role.support' }),
  };
  return labels[role]?.() ?? role;
}

/** A bar of `value` out of `max`, named for assistive technology. */
export function bar(value: number, max: number, label: string, part = 'bar') {
  return html`<progress part=${part} max=${Math.max(max, 1)} .value=${Math.min(value, Math.max(max, 1))} aria-label=${label}></progress>`;
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'onboarding.error.generic' }),
});

/** The kit's page layout with the onboarding pages' checklist, bars and figures. */
export const pageStyles = css`
  ${kitPageStyles}
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  progress {
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: 0.75rem;
    accent-color: var(--portico-color-success, #067647);
  }
  ol.steps {
    list-style: none;
    margin: var(--portico-space-4, 1rem) 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
    max-inline-size: 48rem;
  }
  ol.steps > li {
    display: grid;
    grid-template-columns: 1.75rem 1fr auto;
    gap: var(--portico-space-1, 0.25rem) var(--portico-space-3, 0.75rem);
    align-items: start;
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
  }
  ol.steps > li.done {
    background: var(--portico-color-surface-alt, #f3f5f8);
  }
  .mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 2px solid var(--portico-color-border, #9aa5b1);
    font-weight: 700;
    line-height: 1;
  }
  li.done .mark {
    border-color: var(--portico-color-success, #067647);
    background: var(--portico-color-success, #067647);
    color: var(--portico-color-surface, #fff);
  }
  .step-title {
    margin: 0;
    font-weight: 600;
  }
  .step-text {
    margin: 0;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-4, 1rem);
    margin: 0 0 var(--portico-space-4, 1rem);
  }
  .figure {
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    min-inline-size: 10rem;
  }
  .figure strong {
    display: block;
    font-size: 1.5rem;
  }
  ul.bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
    max-inline-size: 40rem;
  }
  ul.bars li {
    display: grid;
    gap: var(--portico-space-1, 0.25rem);
  }
  .actions {
    margin-block-start: var(--portico-space-4, 1rem);
  }
`;
