import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clearProblem, clientContext, formatDate, hasPermission, isProblem, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type SelectOption, type Session,
} from '@portico/widgets';
import { accessPermissions } from '@portico/plugin-access/public';
import { applyDealProblem, pageStyles, problemText, type DealSettings, type TerritoryRule } from './shared.js';

/** The named regions the server accepts besides country codes (see the plugin's territories.ts). */
const REGIONS = 'DACH, BENELUX, NORDICS, UKI, ANZ, NA, EU, LATAM, APAC, MEA';

function supported(kind: 'currency' | 'timeZone', current: string): string[] {
  const values: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf(kind) : [];
  return values.includes(current) ? values : [current, ...values];
}

/**
 * The staff's deal settings (`/deals/settings`): with `deals.settings.manage`, the default currency,
 * how many days an approval protects the partner, whether a partner's people see all its deals or
 * only their own, and the time zone deciding "today" for close dates; with
 * `deals.territories.manage`, the countries and regions each partner may register deals in (set,
 * change, remove after confirming).
 *
 * @csspart general, territories
 */
@customElement('portico-deal-settings')
export class PorticoDealSettings extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor saving: 'settings' | 'territory' | 'remove' | null = null;
  @state() accessor settingsMessage = '';
  @state() accessor territoryMessage = '';
  @state() accessor editing: TerritoryRule | null = null;
  @state() accessor removing: TerritoryRule | null = null;
  @state() accessor partners: { id: string; name: string }[] = [];
  @query('#territory') private accessor territoryDialog!: PorticoDialog;
  @query('#remove') private accessor removeDialog!: PorticoDialog;

  get #manageSettings() {
    return this.session?.person.kind === 'staff' && hasPermission(this.session, 'deals.settings.manage');
  }

  get #manageTerritories() {
    return this.session?.person.kind === 'staff' && hasPermission(this.session, 'deals.territories.manage');
  }

  readonly settings = new ResourceController(this, {
    args: () => [this.client, this.#manageSettings] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: ([client], signal) => client.get('/deals/settings', { signal }),
  });

  readonly territories = new ResourceController(this, {
    args: () => [this.client, this.#manageTerritories] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    // A tenant has at most a few hundred partners: one page of 100 covers nearly all, "Load more" the rest.
    load: ([client], signal) => client.list('/deal-territories', { query: { limit: 100 }, signal }),
  });

  async #loadMoreRules() {
    const page = this.territories.value!;
    try {
      const next = await this.client.list('/deal-territories', { query: { limit: 100 }, cursor: page.nextCursor });
      this.territories.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
      this.requestUpdate();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  }

  #saveSettings = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const days = readField(form, 'approvalDays');
    const body = {
      currency: readField(form, 'currency'),
      // Sent as typed when it is not a number, so the server names the field at fault.
      approvalDays: (/^\d+$/.test(days) ? Number(days) : days) as number,
      visibility: readField(form, 'visibility') as DealSettings['visibility'],
      timeZone: readField(form, 'timeZone'),
    };
    this.saving = 'settings';
    this.settingsMessage = '';
    clearProblem(form);
    try {
      this.settings.value = await this.client.patch('/deals/settings', { body });
      toast(msg('Deal settings saved.', { id: 'deals.settings.saved' }), { variant: 'success' });
    } catch (error) {
      this.settingsMessage = isProblem(error) ? applyDealProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #openTerritory = async (rule: TerritoryRule | null) => {
    this.editing = rule;
    this.territoryMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#territory form');
    if (form) clearProblem(form);
    this.territoryDialog.show();
    if (!rule && this.partners.length === 0 && hasPermission(this.session, accessPermissions.partnersRead)) {
      try {
        this.partners = (await this.client.list('/access/partners', { query: { limit: 100 } })).items;
      } catch (error) {
        this.territoryMessage = problemText(error);
      }
    }
  };

  #saveTerritory = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const partnerId = this.editing?.partnerId ?? readField(form, 'partnerId');
    const areas = readField(form, 'areas').split(/[\s,;]+/).filter(Boolean);
    clearProblem(form);
    this.territoryMessage = '';
    if (!partnerId) {
      form.querySelector<HTMLElement & { error: string }>('[name=partnerId]')!.error = msg('Choose a partner.', { id: 'deals.territories.partner-required' });
      return;
    }
    this.saving = 'territory';
    try {
      const rule = await this.client.put('/deal-territories/{partnerId}', { params: { partnerId }, body: { areas } });
      this.territoryDialog.close();
      toast(msg(str`Territory of ${rule.partnerName} saved.`, { id: 'deals.territories.saved' }), { variant: 'success' });
      await this.territories.retry();
    } catch (error) {
      this.territoryMessage = isProblem(error) ? applyDealProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #remove = async () => {
    const rule = this.removing!;
    this.saving = 'remove';
    try {
      await this.client.delete('/deal-territories/{partnerId}', { params: { partnerId: rule.partnerId } });
      this.removeDialog.close();
      toast(msg(str`${rule.partnerName} may now register deals anywhere.`, { id: 'deals.territories.removed' }), { variant: 'success' });
      await this.territories.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.saving = null;
    }
  };

  #general(settings: DealSettings) {
    const names = new Intl.DisplayNames(this.locale, { type: 'currency' });
    const currencies: SelectOption[] = supported('currency', settings.currency).map((c) => ({ value: c, label: `${c} — ${names.of(c) ?? c}` }));
    const zones: SelectOption[] = supported('timeZone', settings.timeZone).map((z) => ({ value: z, label: z }));
    return html`<form part="general" novalidate @keydown=${submitOnEnter} @submit=${this.#saveSettings}>
      <portico-select name="currency" required .value=${settings.currency} .options=${currencies}
        label=${msg('Default currency', { id: 'deals.settings.currency' })}
        hint=${msg('Used when a partner names no currency.', { id: 'deals.settings.currency.hint' })}></portico-select>
      <portico-field name="approvalDays" type="number" min="1" max="730" required .value=${String(settings.approvalDays)}
        label=${msg('Days an approval protects the partner', { id: 'deals.settings.days' })}></portico-field>
      <portico-select name="visibility" required .value=${settings.visibility} label=${msg('Inside a partner, people see', { id: 'deals.settings.visibility' })}
        hint=${msg('Principals and partner admins always see all their organisation’s deals.', { id: 'deals.settings.visibility.hint' })}
        .options=${[
          { value: 'partner', label: msg('All their organisation’s deals', { id: 'deals.settings.visibility.partner' }) },
          { value: 'own', label: msg('Only the deals they registered', { id: 'deals.settings.visibility.own' }) },
        ]}></portico-select>
      <portico-select name="timeZone" required .value=${settings.timeZone} .options=${zones} label=${msg('Time zone', { id: 'deals.settings.time-zone' })}
        hint=${msg('Decides “today” for close dates of people who set no time zone.', { id: 'deals.settings.time-zone.hint' })}></portico-select>
      ${this.settingsMessage ? html`<p class="alert" role="alert">${this.settingsMessage}</p>` : nothing}
      <div class="actions"><portico-button type="submit" ?loading=${this.saving === 'settings'}>${msg('Save settings', { id: 'deals.settings.save' })}</portico-button></div>
    </form>`;
  }

  #ruleColumns(): DataTableColumn<TerritoryRule>[] {
    return [
      { key: 'partnerName', label: () => msg('Partner', { id: 'deals.list.partner' }) },
      { key: 'areas', label: () => msg('Countries and regions', { id: 'deals.territories.areas' }), render: (r) => r.areas.join(', ') },
      { key: 'updatedAt', label: () => msg('Changed', { id: 'deals.territories.changed' }), render: (r) => formatDate(r.updatedAt, this.locale) },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'deals.actions' }),
        render: (r) => html`<div class="actions">
          <portico-button variant="secondary" @click=${() => this.#openTerritory(r)}>${msg('Change', { id: 'deals.territories.change' })}</portico-button>
          <portico-button variant="danger" @click=${() => ((this.removing = r), this.removeDialog.show())}>${msg('Remove', { id: 'deals.territories.remove' })}</portico-button>
        </div>`,
      },
    ];
  }

  #territorySection() {
    const add = html`<portico-button @click=${() => this.#openTerritory(null)}>${msg('Set a territory', { id: 'deals.territories.add' })}</portico-button>`;
    return html`<section part="territories">
      <h2>${msg('Territories', { id: 'deals.territories.title' })}</h2>
      <p class="muted">${msg('A deal for a customer outside its partner’s territory is flagged for review. Partners without a rule may sell anywhere.', { id: 'deals.territories.lead' })}</p>
      ${renderResource(this.territories, (page) => html`<div class="toolbar">${add}</div>
          <portico-data-table label=${msg('Territories', { id: 'deals.territories.title' })} .columns=${this.#ruleColumns()} .rows=${page.items}
            .rowKey=${(r: TerritoryRule) => r.partnerId} ?has-more=${!!page.nextCursor} @portico-load-more=${() => this.#loadMoreRules()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No territory rules', { id: 'deals.territories.empty' })}>
          ${msg('Every partner may register deals anywhere.', { id: 'deals.territories.empty.body' })}<span slot="action">${add}</span></portico-empty-state>`,
      })}
      <portico-dialog id="territory" label=${this.editing ? msg(str`Territory of ${this.editing.partnerName}`, { id: 'deals.territories.of' }) : msg('Set a territory', { id: 'deals.territories.add' })}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#saveTerritory}>
          ${this.editing
            ? nothing
            : html`<portico-select name="partnerId" required placeholder=${msg('Choose…', { id: 'deals.choose' })} label=${msg('Partner', { id: 'deals.list.partner' })}
                .options=${this.partners.map((p) => ({ value: p.id, label: p.name }))}></portico-select>`}
          <portico-field name="areas" required .value=${this.editing?.areas.join(', ') ?? ''} label=${msg('Countries and regions', { id: 'deals.territories.areas' })}
            hint=${msg(str`Country codes such as FR or DE, or regions: ${REGIONS}. Separate them with commas.`, { id: 'deals.territories.areas.hint' })}></portico-field>
          ${this.territoryMessage ? html`<p class="alert" role="alert">${this.territoryMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.saving === 'territory'}>${msg('Save territory', { id: 'deals.territories.save' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.territoryDialog.close()}>${msg('Cancel', { id: 'deals.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>
      <portico-dialog id="remove" label=${msg('Remove this territory rule?', { id: 'deals.territories.remove.title' })}>
        <p>${this.removing ? msg(str`${this.removing.partnerName} may then register deals for customers anywhere.`, { id: 'deals.territories.remove.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.removeDialog.close()}>${msg('Cancel', { id: 'deals.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.saving === 'remove'} @click=${this.#remove}>${msg('Remove', { id: 'deals.territories.remove' })}</portico-button>
        </div>
      </portico-dialog>
    </section>`;
  }

  protected override render() {
    if (!this.#manageSettings && !this.#manageTerritories) {
      return html`<h1>${msg('Deal settings', { id: 'deals.settings.title' })}</h1>
        <p role="status">${msg('The deal settings are changed by the programme’s staff.', { id: 'deals.settings.not-allowed' })}</p>`;
    }
    return html`<h1>${msg('Deal settings', { id: 'deals.settings.title' })}</h1>
      ${this.#manageSettings ? renderResource(this.settings, (settings) => this.#general(settings)) : nothing}
      ${this.#manageTerritories ? this.#territorySection() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-settings': PorticoDealSettings;
  }
}
