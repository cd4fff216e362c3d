import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, hasPermission, localeContext, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { expiresSoon, pageStyles, problemText, roleLabel, stateLabel, type Certification, type CoverageRow, type Page } from './shared.js';


type RequiredState = CoverageRow['required'][number];


/**
 * Certifications: the person's own (with `training.take`) and, with `training.coverage`, who in the
 * organisation holds which required certification — a person per row, a required module per column —
 * with a filter for those expiring within 30 days. Staff see every partner and may pick one.
 *
 * @csspart mine, coverage
 */
@customElement('portico-certifications')
export class PorticoCertifications extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** `?expiringOnly=true` in the address (the home dashboard's link) opens the coverage so. */
  @state() accessor expiringOnly = new URLSearchParams(globalThis.location?.search ?? '').get('expiringOnly') === 'true';
  @state() accessor partnerId = '';
  @state() accessor loadingMore = false;

  readonly mine = new ResourceController(this, {
    args: () => [this.client, hasPermission(this.session, 'training.take')] as const,
    enabled: ([client, allowed]) => Boolean(client) && allowed,
    load: ([client], signal) => client.list('/training/certifications', { query: { limit: 100 }, signal }),
  });

  readonly coverage = new ResourceController(this, {
    args: () => [this.client, hasPermission(this.session, 'training.coverage'), this.expiringOnly, this.partnerId] as const,
    enabled: ([client, allowed]) => Boolean(client) && allowed,
    load: ([client, , expiringOnly, partnerId], signal) => client.list('/training/coverage', { query: this.#coverageQuery(expiringOnly, partnerId), signal }),
  });

  /** Staff pick a partner; a partner admin sees only their own, so there is nothing to pick. */
  readonly partners = new ResourceController(this, {
    args: () => [this.client, this.#isStaff() && hasPermission(this.session, 'training.coverage')] as const,
    enabled: ([client, staff]) => Boolean(client) && staff,
    load: ([client], signal) => client.list('/access/partners', { query: { limit: 100 }, signal }),
  });

  #isStaff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  #coverageQuery(expiringOnly: boolean, partnerId: string) {
    return { limit: 100, ...(expiringOnly ? { expiringOnly: true } : {}), ...(partnerId ? { partnerId } : {}) };
  }

  async #moreCoverage() {
    const page = this.coverage.value!;
    this.loadingMore = true;
    try {
      const next = await this.client.list('/training/coverage', { query: this.#coverageQuery(this.expiringOnly, this.partnerId), cursor: page.nextCursor });
      this.coverage.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #mineColumns(): DataTableColumn<Certification>[] {
    return [
      { key: 'moduleTitle', label: () => msg('Module', { id: 'training.certs.module' }), render: (c) => html`<a href=${`/training/${c.moduleId}`}>${c.moduleTitle}</a>` },
      { key: 'passedAt', label: () => msg('Passed on', { id: 'training.certs.passed' }), render: (c) => formatDate(c.passedAt, this.locale) },
      {
        key: 'expiresAt',
        label: () => msg('Expires', { id: 'training.certs.expires' }),
        render: (c) => (c.expiresAt ? formatDate(c.expiresAt, this.locale) : msg('Never', { id: 'training.certs.never' })),
      },
      {
        key: 'valid',
        label: () => msg('Status', { id: 'training.catalog.status' }),
        render: (c) =>
          !c.valid
            ? html`<portico-badge variant="warning">${msg('Expired', { id: 'training.state.expired' })}</portico-badge>`
            : expiresSoon(c.expiresAt)
              ? html`<portico-badge variant="warning">${msg('Expires soon', { id: 'training.certs.expiring' })}</portico-badge>`
              : html`<portico-badge variant="success">${msg('Valid', { id: 'training.certs.valid' })}</portico-badge>`,
      },
    ];
  }

  #cell(required: RequiredState | undefined) {
    if (!required) return html`<span class="muted">${msg('Not required', { id: 'training.coverage.not-required' })}</span>`;
    if (required.state === 'certified') {
      const until = required.expiresAt ? formatDate(required.expiresAt, this.locale) : msg('no expiry', { id: 'training.coverage.no-expiry' });
      return html`<portico-badge variant=${required.expiringSoon ? 'warning' : 'success'}>
        ${required.expiringSoon ? msg(str`Expires ${until}`, { id: 'training.coverage.expires' }) : msg(str`Certified, ${until}`, { id: 'training.coverage.certified' })}</portico-badge>`;
    }
    const variant = required.state === 'failed' ? 'danger' : required.state === 'expired' ? 'warning' : required.state === 'in_progress' ? 'info' : 'neutral';
    return html`<portico-badge variant=${variant}>${stateLabel(required.state)}</portico-badge>`;
  }

  #coverageColumns(rows: readonly CoverageRow[]): DataTableColumn<CoverageRow>[] {
    const modules = new Map<string, string>();
    for (const row of rows) for (const r of row.required) modules.set(r.moduleId, r.title);
    return [
      { key: 'person', label: () => msg('Person', { id: 'training.coverage.person' }), render: (row) => html`${row.person.name}<br /><span class="muted">${row.person.email}</span>` },
      ...(this.#isStaff() ? [{ key: 'partner', label: () => msg('Partner', { id: 'training.coverage.partner' }), render: (row: CoverageRow) => row.partner.name }] : []),
      { key: 'role', label: () => msg('Role', { id: 'training.coverage.role' }), render: (row) => roleLabel(row.role) },
      ...[...modules].map(([moduleId, title]) => ({ key: moduleId, label: title, render: (row: CoverageRow) => this.#cell(row.required.find((r) => r.moduleId === moduleId)) })),
    ];
  }

  #coverage() {
    const partnerOptions = [
      { value: '', label: msg('Every partner', { id: 'training.coverage.every-partner' }) },
      ...(this.partners.value?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
    ];
    return html`<section part="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">${this.#isStaff() ? msg('Coverage across partners', { id: 'training.coverage.title-staff' }) : msg('Coverage in your organisation', { id: 'training.coverage.title' })}</h2>
      <p class="muted">${msg('Who holds each required certification. Expiring means within the next 30 days.', { id: 'training.coverage.lead' })}</p>
      <div class="toolbar">
        ${this.#isStaff()
          ? html`<portico-select name="partnerId" label=${msg('Partner', { id: 'training.coverage.partner' })} .value=${this.partnerId} .options=${partnerOptions}
              @portico-change=${(e: CustomEvent<{ value: string }>) => (this.partnerId = e.detail.value)}></portico-select>`
          : nothing}
        <portico-checkbox name="expiringOnly" label=${msg('Only people with a certification expiring within 30 days', { id: 'training.coverage.expiring-only' })}
          ?checked=${this.expiringOnly} @portico-change=${(e: CustomEvent<{ checked: boolean }>) => (this.expiringOnly = e.detail.checked)}></portico-checkbox>
      </div>
      ${renderResource(
        this.coverage,
        (page: Page<CoverageRow>) => html`<portico-data-table label=${msg('Required certifications per person', { id: 'training.coverage.table' })}
          .columns=${this.#coverageColumns(page.items)} .rows=${page.items} .rowKey=${(row: CoverageRow) => row.person.id}
          ?has-more=${Boolean(page.nextCursor)} ?loading=${this.loadingMore} @portico-load-more=${() => this.#moreCoverage()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${this.expiringOnly ? msg('Nothing expiring soon', { id: 'training.coverage.empty-expiring' }) : msg('No one to show', { id: 'training.coverage.empty' })}>
            ${this.expiringOnly
              ? msg('No required certification expires within 30 days.', { id: 'training.coverage.empty-expiring.body' })
              : msg('No member of these organisations has a role that requires training.', { id: 'training.coverage.empty.body' })}
            ${this.expiringOnly
              ? html`<portico-button slot="action" variant="secondary" @click=${() => (this.expiringOnly = false)}>${msg('Show everyone', { id: 'training.coverage.show-all' })}</portico-button>`
              : nothing}
          </portico-empty-state>`,
        },
      )}
    </section>`;
  }

  protected override render() {
    const take = hasPermission(this.session, 'training.take');
    const coverage = hasPermission(this.session, 'training.coverage');
    return html`<h1>${msg('Certifications', { id: 'training.certs.title' })}</h1>
      ${take
        ? html`<section part="mine" aria-labelledby="mine-heading">
            <h2 id="mine-heading">${msg('Your certifications', { id: 'training.catalog.my-certifications' })}</h2>
            ${renderResource(
              this.mine,
              (page: Page<Certification>) => html`<portico-data-table label=${msg('Your certifications', { id: 'training.catalog.my-certifications' })}
                .columns=${this.#mineColumns()} .rows=${page.items}></portico-data-table>`,
              {
                empty: () => html`<portico-empty-state heading=${msg('No certification yet', { id: 'training.certs.empty' })}>
                  ${msg('Pass a module’s quiz to be certified.', { id: 'training.certs.empty.body' })}
                  <a slot="action" href="/training">${msg('Go to the training catalog', { id: 'training.certs.to-catalog' })}</a>
                </portico-empty-state>`,
              },
            )}
          </section>`
        : nothing}
      ${coverage ? this.#coverage() : nothing}
      ${!take && !coverage ? html`<p class="muted">${msg('You have no certifications to see here.', { id: 'training.certs.nothing' })}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-certifications': PorticoCertifications;
  }
}
