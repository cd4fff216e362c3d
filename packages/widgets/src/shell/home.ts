/**
 * The portal's landing page when no plugin claims `/`: who is signed in and for which organisation,
 * then what needs them (`<portico-dashboard>`: each plugin's counts, linking to the pages that list
 * them), then one card per section the person can use (the same entries as the nav, with the plugins'
 * descriptions) and their profile — the places to go stay, below what to do, for the narrow screen
 * where the nav is folded away and for the person with nothing waiting.
 */
import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import { DASHBOARD_PERMISSION } from '@portico/core';
import type { Session } from '../context.js';
import type { NavEntry } from '../contribution.js';
import { hasPermission } from '../permissions.js';
import '../dashboard/portico-dashboard.js';

export const homeStyles = css`
  .home { max-width: 72rem; }
  .home h1 { margin: 0 0 var(--portico-space-1, 4px); font-size: 1.6rem; line-height: 1.25; }
  .home .organisation { margin: 0 0 var(--portico-space-5, 24px); color: var(--portico-color-muted, #52606d); }
  .home portico-dashboard { margin-block-end: var(--portico-space-6, 32px); }
  .home h2.sections { margin: 0 0 var(--portico-space-3, 12px); font-size: 1.25rem; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--portico-space-3, 12px); grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
  .cards a {
    display: flex;
    flex-direction: column;
    gap: var(--portico-space-1, 4px);
    height: 100%;
    box-sizing: border-box;
    padding: var(--portico-space-4, 16px);
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-text, #1f2933);
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-inline-start: 4px solid var(--portico-color-primary, #2456d3);
    border-radius: var(--portico-radius, 6px);
    text-decoration: none;
  }
  .cards a:hover { box-shadow: 0 2px 8px rgb(0 0 0 / 0.12); }
  .cards a:focus-visible { outline: 3px solid var(--portico-color-focus, var(--portico-color-primary, #2456d3)); outline-offset: 2px; }
  .cards .label { font-weight: 600; font-size: 1.05rem; color: var(--portico-color-primary, #2456d3); }
  .cards .description { color: var(--portico-color-muted, #52606d); font-size: 0.95rem; }
  .home .empty { color: var(--portico-color-muted, #52606d); }
`;

/** "Acme Resellers, a partner of Northwind" for a partner's member; the tenant's name for its staff. */
function organisationLine(session: Session, tenantName: string) {
  const partner = session.partner?.name;
  return partner
    ? msg(str`${partner}, a partner of ${tenantName}`, { id: 'shell.home.partner-of' })
    : msg(str`${tenantName} staff`, { id: 'shell.home.staff-of' });
}

export function renderHome(session: Session, tenantName: string, entries: readonly NavEntry[], prefix: string) {
  const profile: NavEntry = {
    path: '/profile',
    label: () => msg('Your profile', { id: 'shell.home.profile' }),
    description: () => msg('Your name, language and time zone, and where you are signed in.', { id: 'shell.home.profile.description' }),
  };
  const cards = [...entries.filter((entry) => entry.path !== '/profile'), profile];
  return html`<section class="home" aria-labelledby="home-title">
    <h1 id="home-title">${msg(str`Welcome, ${session.person.name}`, { id: 'shell.home.greeting' })}</h1>
    <p class="organisation">${organisationLine(session, tenantName)}</p>
    ${hasPermission(session, DASHBOARD_PERMISSION) ? html`<portico-dashboard link-base=${prefix}></portico-dashboard>` : ''}
    <h2 class="sections" id="home-sections">${msg('Sections', { id: 'shell.home.sections' })}</h2>
    ${entries.length ? '' : html`<p class="empty">${msg('No section is open to you yet.', { id: 'shell.empty' })}</p>`}
    <ul class="cards" aria-labelledby="home-sections">
      ${cards.map(
        (entry) => html`<li><a href=${prefix + entry.path}><span class="label">${entry.label()}</span>${entry.description
          ? html`<span class="description">${entry.description()}</span>`
          : ''}</a></li>`,
      )}
    </ul>
  </section>`;
}
