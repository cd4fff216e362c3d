import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type Locale, type Session,
} from '@portico/widgets';
import { pageStyles, problemText, typeName, type DocumentSettings } from './shared.js';

/** The types the server recognises from a file's bytes (the plugin's settings.ts). */
const KNOWN_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
  'application/zip',
  'video/mp4',
];

const MB = 1024 * 1024;

/**
 * The tenant's document settings (`documents.settings.manage`): the largest file accepted, in MB,
 * and the types accepted (SVG is offered with a warning: it can carry script).
 *
 * @csspart form
 */
@customElement('portico-document-settings')
export class PorticoDocumentSettings extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor saving = false;
  @state() accessor message = '';

  get #allowed() {
    return hasPermission(this.session, 'documents.settings.manage');
  }

  readonly settings = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: ([client], signal) => client.get('/documents/settings', { signal }),
  });

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.message = '';
    const megabytes = readField(form, 'maxUploadBytes');
    const acceptedTypes = [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>('portico-checkbox[data-group=type]')].filter((c) => c.checked).map((c) => c.value);
    if (!/^\d+(\.\d+)?$/.test(megabytes) || Number(megabytes) <= 0) {
      form.querySelector<HTMLElement & { error: string }>('[name=maxUploadBytes]')!.error = msg('Give a size in MB, e.g. 100.', { id: 'documents.settings.size-invalid' });
      return;
    }
    if (acceptedTypes.length === 0) {
      this.message = msg('Accept at least one type of file.', { id: 'documents.settings.types-required' });
      return;
    }
    this.saving = true;
    try {
      this.settings.value = await this.client.patch('/documents/settings', { body: { maxUploadBytes: Math.round(Number(megabytes) * MB), acceptedTypes } });
      this.requestUpdate();
      toast(msg('Document settings saved.', { id: 'documents.settings.saved' }), { variant: 'success' });
    } catch (error) {
      this.message = isProblem(error) ? applyProblem({ ...error, errors: error.errors?.map((e) => ({ ...e, field: e.field.replace(/\/acceptedTypes\/\d+$/, '/acceptedTypes') })) }, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #form(settings: DocumentSettings) {
    const accepted = new Set(settings.acceptedTypes);
    const types = [...KNOWN_TYPES, ...settings.acceptedTypes.filter((t) => !KNOWN_TYPES.includes(t))];
    const megabytes = Math.round((settings.maxUploadBytes / MB) * 10) / 10;
    return html`<form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
      <portico-field name="maxUploadBytes" type="number" min="1" step="any" required .value=${String(megabytes)} label=${msg('Largest file, in MB', { id: 'documents.settings.size' })}
        hint=${msg('Larger uploads are refused before anything is kept.', { id: 'documents.settings.size.hint' })}></portico-field>
      <fieldset>
        <legend>${msg('Accepted types', { id: 'documents.settings.types' })}</legend>
        ${types.map(
          (t) => html`<portico-checkbox data-group="type" value=${t} ?checked=${accepted.has(t)} label=${`${typeName(t)} (${t})`}
            hint=${t === 'image/svg+xml' ? msg('SVG can carry script: accept it only from trusted uploaders.', { id: 'documents.settings.svg' }) : ''}></portico-checkbox>`,
        )}
      </fieldset>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions"><portico-button type="submit" ?loading=${this.saving}>${msg('Save settings', { id: 'documents.settings.save' })}</portico-button></div>
    </form>`;
  }

  protected override render() {
    if (!this.#allowed) return nothing;
    return html`<section>
      <h2>${msg('Document settings', { id: 'documents.settings.title' })}</h2>
      ${renderResource(this.settings, (settings) => this.#form(settings))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-document-settings': PorticoDocumentSettings;
  }
}
