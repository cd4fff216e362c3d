import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, localeContext, renderResource, submitOnEnter, toast,
  type DataTableColumn, type Locale, type SelectOption,
} from '@portico/widgets';
import { pageStyles, problemText, requiredForText, type ModuleStatus, type ModuleSummary, type Page, type TrainingSettings } from './shared.js';




export function moduleStatusBadge(status: ModuleStatus) {
  if (status === 'published') return html`<portico-badge variant="success">${msg('Published', { id: 'training.manage.published' })}</portico-badge>`;
  if (status === 'retired') return html`<portico-badge>${msg('Retired', { id: 'training.manage.retired' })}</portico-badge>`;
  return html`<portico-badge variant="info">${msg('Draft', { id: 'training.manage.draft' })}</portico-badge>`;
}

/**
 * Staff's training page: the modules by status (a row opens the editor at `/training/manage/<id>`),
 * "New module" (`/training/manage/new`), and the training settings (retry cooldown after a failed
 * attempt, grace for a replaced quiz version).
 *
 * @fires portico-navigate - A module or "New module" was chosen (detail: `{ path }`).
 * @csspart modules, settings
 */
@customElement('portico-training-manage')
export class PorticoTrainingManage extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: ModuleStatus | '' = '';
  @state() accessor loadingMore = false;
  @state() accessor saving = false;
  @state() accessor settingsMessage = '';

  readonly modules = new ResourceController(this, {
    args: () => [this.client, this.status] as const,
    load: ([client, status], signal) => client.list('/training/modules', { query: { limit: 50, ...(status ? { status } : {}) }, signal }),
  });

  readonly settings = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/training/settings', { signal }),
    isEmpty: () => false,
  });

  async #loadMore() {
    const page = this.modules.value!;
    this.loadingMore = true;
    try {
      const next = await this.client.list('/training/modules', { query: { limit: 50, ...(this.status ? { status: this.status } : {}) }, cursor: page.nextCursor });
      this.modules.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #open(path: string) {
    this.emit('portico-navigate', { path });
  }

  #saveSettings = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const number = (name: string) => {
      const raw = form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!.value.trim();
      // Sent as typed (even when not a number) so the server names the field at fault.
      return (raw === '' || Number.isNaN(Number(raw)) ? raw : Number(raw)) as number;
    };
    this.saving = true;
    this.settingsMessage = '';
    clearProblem(form);
    try {
      this.settings.value = await this.client.patch('/training/settings', {
        body: { retryCooldownMinutes: number('retryCooldownMinutes'), supersededVersionGraceHours: number('supersededVersionGraceHours') },
      });
      toast(msg('Training settings saved.', { id: 'training.settings.saved' }), { variant: 'success' });
    } catch (error) {
      this.settingsMessage = applyProblem(error, form).join(' ');
    } finally {
      this.saving = false;
    }
  };

  #columns(): DataTableColumn<ModuleSummary>[] {
    return [
      { key: 'title', label: () => msg('Title', { id: 'training.editor.title' }), render: (m) => html`<a href=${`/training/manage/${m.id}`}>${m.title}</a>` },
      { key: 'status', label: () => msg('Status', { id: 'training.catalog.status' }), render: (m) => moduleStatusBadge(m.status) },
      { key: 'version', label: () => msg('Version', { id: 'training.manage.version' }), align: 'end' },
      { key: 'questionCount', label: () => msg('Questions', { id: 'training.manage.questions' }), align: 'end' },
      { key: 'requiredFor', label: () => msg('Required for', { id: 'training.editor.required-for' }), render: (m) => requiredForText(m.requiredFor) },
      { key: 'updatedAt', label: () => msg('Updated', { id: 'training.manage.updated' }), render: (m) => formatDate(m.updatedAt, this.locale) },
    ];
  }

  #statusOptions(): SelectOption[] {
    return [
      { value: '', label: msg('Every status', { id: 'training.manage.every-status' }) },
      { value: 'draft', label: msg('Draft', { id: 'training.manage.draft' }) },
      { value: 'published', label: msg('Published', { id: 'training.manage.published' }) },
      { value: 'retired', label: msg('Retired', { id: 'training.manage.retired' }) },
    ];
  }

  protected override render() {
    return html`<h1>${msg('Training modules', { id: 'training.manage.title' })}</h1>
      <div class="toolbar">
        <portico-select name="status" label=${msg('Status', { id: 'training.catalog.status' })} .value=${this.status} .options=${this.#statusOptions()}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as ModuleStatus | '')}></portico-select>
        <portico-button @click=${() => this.#open('/training/manage/new')}>${msg('New module', { id: 'training.manage.new' })}</portico-button>
      </div>
      <div part="modules">
        ${renderResource(
          this.modules,
          (page: Page<ModuleSummary>) => html`<portico-data-table label=${msg('Training modules', { id: 'training.manage.title' })} .columns=${this.#columns()} .rows=${page.items}
            ?has-more=${Boolean(page.nextCursor)} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
          {
            empty: () => html`<portico-empty-state heading=${this.status ? msg('No module with this status', { id: 'training.manage.empty-status' }) : msg('No training module yet', { id: 'training.manage.empty' })}>
              ${msg('Write a module with its learning content and quiz, then publish it for partners.', { id: 'training.manage.empty.body' })}
              <portico-button slot="action" @click=${() => this.#open('/training/manage/new')}>${msg('New module', { id: 'training.manage.new' })}</portico-button>
            </portico-empty-state>`,
          },
        )}
      </div>
      <section part="settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading">${msg('Settings', { id: 'training.settings.title' })}</h2>
        ${renderResource(
          this.settings,
          (settings) => html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#saveSettings}>
            <portico-field type="number" name="retryCooldownMinutes" min="0" max="525600" required .value=${String(settings.retryCooldownMinutes)}
              label=${msg('Wait before a retry (minutes)', { id: 'training.settings.cooldown' })}
              hint=${msg('After a failed attempt, how long a person waits before taking the quiz again.', { id: 'training.settings.cooldown.hint' })}></portico-field>
            <portico-field type="number" name="supersededVersionGraceHours" min="0" max="720" required .value=${String(settings.supersededVersionGraceHours)}
              label=${msg('Grace for a replaced quiz (hours)', { id: 'training.settings.grace' })}
              hint=${msg('How long answers to a quiz version replaced by a newer one are still accepted.', { id: 'training.settings.grace.hint' })}></portico-field>
            ${this.settingsMessage ? html`<p class="alert" role="alert">${this.settingsMessage}</p>` : nothing}
            <div class="actions"><portico-button type="submit" ?loading=${this.saving}>${msg('Save settings', { id: 'training.settings.save' })}</portico-button></div>
          </form>`,
        )}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-training-manage': PorticoTrainingManage;
  }
}
