import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PARTNER_ROLES, PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, formatDateTime, formatNumber, hasPermission, isProblem, localeContext, plural, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type ProblemLike, type Session,
} from '@portico/widgets';
import { accessPermissions } from '@portico/plugin-access/public';
import { downloadControl, formatBytes, pageStyles, problemText, typeName, type DocumentFile, type DownloadCounts, type PageOf, type Space, type Version, type Visibility } from './shared.js';
import { connectionOf, contentPath, xhrUploader, type Uploader } from './transfer.js';
import './document-settings.js';

// Partner roles are core's PARTNER_ROLES (through @portico/widgets); access groups are typed in beside them.

function roleLabel(role: string): string {
  const labels: Record<string, () => string> = {
    partner_admin: () => msg('Partner admins', { id: 'documents.role.partner_admin' }),
    principal: () => msg('Principals', { id: 'documents.role.principal' }),
    salesperson: () => msg('Salespeople', { id: 'documents.role.salesperson' }),
    technical: () => msg('Technical contacts', { id: 'documents.role.technical' }),
    partner_user: () => msg('Partner users', { id: 'documents.role.partner_user' }),
  };
  return labels[role]?.() ?? role;
}

function visibilityLabel(space: Space, partnerNames: Map<string, string>): string {
  if (space.visibility === 'partners') {
    const names = (space.partnerIds ?? []).map((id) => partnerNames.get(id) ?? id);
    return msg(str`Chosen partners: ${names.join(', ')}`, { id: 'documents.visibility.partners-named' });
  }
  if (space.visibility === 'tiers') return msg(str`Tiers: ${(space.tiers ?? []).join(', ')}`, { id: 'documents.visibility.tiers-named' });
  return msg('All partners', { id: 'documents.visibility.all' });
}

const list = (text: string) => text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);

/** Server field names onto the form's: `/partnerIds/2` → the partner boxes, `/tiers/0` → the tiers field. */
function spaceProblem(error: unknown, form: ParentNode): string[] {
  if (!isProblem(error) || !error.errors?.length) return applyProblem(error, form);
  const rename = (field: string) => field.replace(/\/(partnerIds|tiers|allowedRoles)\/\d+$/, '/$1');
  const mapped: ProblemLike = { ...error, errors: error.errors.map((e) => ({ ...e, field: rename(e.field) })) };
  return applyProblem(mapped, form);
}

/** An upload's refusal as a person reads it: too large and the wrong type get their own words. */
function uploadRefusal(error: unknown): string {
  if (isProblem(error) && error.status === 413) {
    return msg('This file is larger than the programme accepts.', { id: 'documents.upload.too-large' }) + (error.detail ? ` ${error.detail}` : '');
  }
  if (isProblem(error) && error.status === 415) {
    return msg('This type of file is not accepted, or the file is not what its name says.', { id: 'documents.upload.bad-type' }) + (error.detail ? ` ${error.detail}` : '');
  }
  return problemText(error);
}

interface Progress {
  loaded: number;
  total: number;
}

/**
 * The staff's document manager (`/documents/manage`, `documents.manage`): spaces (create; change
 * title, description, who sees them — all partners, chosen partners or tiers — and the roles
 * allowed), the files of a space with their download counts (a hundred at a time, then "Load
 * more"), uploads with a progress bar (a too large or refused type is said plainly), new versions of
 * a file (every version listed and downloadable), retiring a file after confirming and restoring
 * it, downloads per partner, and, with `documents.settings.manage`, the upload limit and accepted
 * types.
 *
 * @prop uploader - Sends the multipart uploads; by default XMLHttpRequest with the provider's credentials.
 * @csspart spaces, files, upload
 */
@customElement('portico-document-manager')
export class PorticoDocumentManager extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: false }) accessor uploader: Uploader | undefined = undefined;
  @state() accessor spaceId = '';
  @state() accessor editing: Space | null = null;
  @state() accessor visibility: Visibility = 'all';
  @state() accessor partners: { id: string; name: string; tier?: string | null }[] = [];
  @state() accessor saving: 'space' | 'retire' | 'restore' | null = null;
  @state() accessor spaceMessage = '';
  @state() accessor progress: Progress | null = null;
  @state() accessor uploadMessage = '';
  @state() accessor file: DocumentFile | null = null;
  @state() accessor versions: Version[] | null = null;
  @state() accessor versionProgress: Progress | null = null;
  @state() accessor versionMessage = '';
  @state() accessor counts: DownloadCounts | null = null;
  /** The files shown of the chosen space: its first page, and those loaded with "Load more". */
  @state() accessor rows: DocumentFile[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  /** The space `rows` belong to, and how many times they were loaded from their first page. */
  #rowsOf = '';
  #loads = 0;
  @query('#space') private accessor spaceDialog!: PorticoDialog;
  @query('#versions') private accessor versionsDialog!: PorticoDialog;
  @query('#downloads') private accessor downloadsDialog!: PorticoDialog;
  @query('#retire') private accessor retireDialog!: PorticoDialog;

  get #allowed() {
    return this.session?.person.kind === 'staff' && hasPermission(this.session, 'documents.manage');
  }

  readonly spaces = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    load: async ([client], signal) => {
      const page = await client.list('/documents/spaces', { query: { limit: 100 }, signal });
      if (!page.items.some((s) => s.id === this.spaceId)) this.spaceId = page.items[0]?.id ?? '';
      // Names for the spaces shared with chosen partners.
      if (page.items.some((s) => s.visibility === 'partners')) void this.#loadPartners();
      return page;
    },
  });

  readonly files = new ResourceController(this, {
    args: () => [this.client, this.spaceId] as const,
    enabled: ([client, spaceId]) => !!client && !!spaceId,
    load: async ([client, spaceId], signal) => {
      // Reloaded after an upload, a new version or a retirement: as many files as were shown come
      // back, so the list does not shrink to its first page under the person's eyes.
      const shown = spaceId === this.#rowsOf ? this.rows.length : 0;
      let page = await this.#filesPage(client, spaceId, null, signal);
      const items = [...page.items];
      while (page.nextCursor && items.length < shown) {
        page = await this.#filesPage(client, spaceId, page.nextCursor, signal);
        items.push(...page.items);
      }
      this.rows = items;
      this.nextCursor = page.nextCursor;
      this.#rowsOf = spaceId;
      this.#loads += 1;
      return { items, nextCursor: page.nextCursor };
    },
  });

  #filesPage(client: PorticoClient, spaceId: string, cursor: string | null, signal?: AbortSignal): Promise<PageOf<DocumentFile>> {
    return client.list('/documents/spaces/{spaceId}/files', { params: { spaceId }, query: { limit: 100 }, cursor, signal });
  }

  async #loadMore() {
    const loads = this.#loads;
    this.loadingMore = true;
    try {
      const page = await this.#filesPage(this.client, this.#rowsOf, this.nextCursor);
      // The list was loaded again meanwhile (another space, an upload): this page does not follow it.
      if (loads !== this.#loads) return;
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  /** Reloads the spaces' counts and settings without a skeleton: the page stays where the person works. */
  async #refreshSpaces() {
    try {
      const page = await this.client.list('/documents/spaces', { query: { limit: 100 } });
      this.spaces.value = page;
      this.requestUpdate();
    } catch {
      // The counts stay as they were; the change itself succeeded.
    }
  }

  get #space(): Space | undefined {
    return this.spaces.value?.items.find((s) => s.id === this.spaceId);
  }

  get #upload(): Uploader {
    return this.uploader ?? xhrUploader(connectionOf(this), () => this.session);
  }

  async #loadPartners() {
    if (this.partners.length || !hasPermission(this.session, accessPermissions.partnersRead)) return;
    try {
      this.partners = (await this.client.list('/access/partners', { query: { limit: 100 } })).items;
    } catch {
      // Without the list, partners chosen before still show by id; the space can still be saved.
    }
  }

  #openSpace = (space: Space | null) => {
    this.editing = space;
    this.visibility = space?.visibility ?? 'all';
    this.spaceMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#space form');
    if (form) {
      clearProblem(form);
      form.reset();
    }
    this.spaceDialog.show();
    void this.#loadPartners();
  };

  #saveSpace = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.spaceMessage = '';
    const checked = (name: string) => [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>(`portico-checkbox[data-group=${name}]`)].filter((c) => c.checked).map((c) => c.value);
    const allowedRoles = [...checked('role'), ...list(readField(form, 'groups'))];
    const body = {
      title: readField(form, 'title'),
      description: readField(form, 'description'),
      visibility: this.visibility,
      partnerIds: this.visibility === 'partners' ? checked('partner') : [],
      tiers: this.visibility === 'tiers' ? list(readField(form, 'tiers')) : [],
      allowedRoles,
    };
    if (!body.title) {
      form.querySelector<HTMLElement & { error: string }>('[name=title]')!.error = msg('Give the space a title.', { id: 'documents.space.title-required' });
      return;
    }
    if (allowedRoles.length === 0) {
      this.spaceMessage = msg('Choose at least one role that sees this space.', { id: 'documents.space.roles-required' });
      return;
    }
    this.saving = 'space';
    try {
      const saved = this.editing
        ? await this.client.patch('/documents/spaces/{spaceId}', { params: { spaceId: this.editing.id }, body })
        : await this.client.post('/documents/spaces', { body });
      this.spaceDialog.close();
      toast(msg(str`Space “${saved.title}” saved.`, { id: 'documents.space.saved' }), { variant: 'success' });
      this.spaceId = saved.id;
      await (this.spaces.status === 'ready' ? this.#refreshSpaces() : this.spaces.retry());
    } catch (error) {
      this.spaceMessage = isProblem(error) ? spaceProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #uploadFile = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
    this.uploadMessage = '';
    clearProblem(form);
    const chosen = input.files?.[0];
    if (!chosen) {
      this.uploadMessage = msg('Choose a file to upload.', { id: 'documents.upload.choose' });
      input.focus();
      return;
    }
    const data = new FormData();
    const name = readField(form, 'name');
    const description = readField(form, 'description');
    if (name) data.append('name', name);
    if (description) data.append('description', description);
    data.append('file', chosen, chosen.name);
    this.progress = { loaded: 0, total: chosen.size };
    try {
      const file = (await this.#upload({
        path: `/documents/spaces/${encodeURIComponent(this.spaceId)}/files`,
        form: data,
        onProgress: (loaded, total) => (this.progress = { loaded, total }),
      })) as DocumentFile;
      form.reset();
      input.value = '';
      toast(msg(str`${file.name} uploaded.`, { id: 'documents.upload.done' }), { variant: 'success' });
      await Promise.all([this.files.retry(), this.#refreshSpaces()]);
    } catch (error) {
      const rest = isProblem(error) && error.status === 400 ? applyProblem(error, form) : [];
      this.uploadMessage = rest.length ? rest.join(' ') : uploadRefusal(error);
    } finally {
      this.progress = null;
    }
  };

  async #openVersions(file: DocumentFile) {
    this.file = file;
    this.versions = null;
    this.versionMessage = '';
    this.versionsDialog.show();
    await this.#loadVersions();
  }

  async #loadVersions() {
    const file = this.file!;
    try {
      this.versions = (await this.client.list('/documents/spaces/{spaceId}/files/{fileId}/versions', { params: { spaceId: file.spaceId, fileId: file.id }, query: { limit: 100 } })).items;
    } catch (error) {
      this.versionMessage = problemText(error);
    }
  }

  #uploadVersion = async (event: Event) => {
    event.preventDefault();
    const file = this.file!;
    const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]')!;
    const chosen = input.files?.[0];
    this.versionMessage = '';
    if (!chosen) {
      this.versionMessage = msg('Choose a file to upload.', { id: 'documents.upload.choose' });
      input.focus();
      return;
    }
    const data = new FormData();
    data.append('file', chosen, chosen.name);
    this.versionProgress = { loaded: 0, total: chosen.size };
    try {
      const version = (await this.#upload({
        path: `/documents/spaces/${encodeURIComponent(file.spaceId)}/files/${encodeURIComponent(file.id)}/versions`,
        form: data,
        onProgress: (loaded, total) => (this.versionProgress = { loaded, total }),
      })) as Version;
      input.value = '';
      toast(msg(str`${file.name} is now in version ${version.number}.`, { id: 'documents.version.done' }), { variant: 'success' });
      await Promise.all([this.#loadVersions(), this.files.retry()]);
    } catch (error) {
      this.versionMessage = uploadRefusal(error);
    } finally {
      this.versionProgress = null;
    }
  };

  async #openDownloads(file: DocumentFile) {
    this.file = file;
    this.counts = null;
    this.downloadsDialog.show();
    try {
      this.counts = await this.client.get('/documents/spaces/{spaceId}/files/{fileId}/downloads', { params: { spaceId: file.spaceId, fileId: file.id } });
    } catch (error) {
      this.downloadsDialog.close();
      toast(problemText(error), { variant: 'danger' });
    }
  }

  async #setRetired(file: DocumentFile, retire: boolean) {
    this.saving = retire ? 'retire' : 'restore';
    try {
      await this.client.post(`/documents/spaces/{spaceId}/files/{fileId}/${retire ? 'retire' : 'restore'}`, { params: { spaceId: file.spaceId, fileId: file.id } });
      if (retire) this.retireDialog.close();
      toast(
        retire ? msg(str`${file.name} is retired: partners no longer see it.`, { id: 'documents.retire.done' }) : msg(str`${file.name} is back in the library.`, { id: 'documents.restore.done' }),
        { variant: 'success' },
      );
      await this.files.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.saving = null;
    }
  }

  #progressBar(progress: Progress | null, label: string) {
    if (!progress) return nothing;
    const percent = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
    return html`<div class="stack" role="status">
      <progress max="100" value=${percent} aria-label=${label}></progress>
      <span class="muted">${msg(str`${percent}% sent`, { id: 'documents.upload.percent' })} (${formatBytes(progress.loaded, this.locale)} / ${formatBytes(progress.total, this.locale)})</span>
    </div>`;
  }

  #fileColumns(): DataTableColumn<DocumentFile>[] {
    return [
      {
        key: 'name',
        label: () => msg('Name', { id: 'documents.file.name' }),
        render: (f) => html`<strong>${f.name}</strong>
          ${f.retiredAt ? html` <portico-badge variant="warning">${msg('Retired', { id: 'documents.file.retired' })}</portico-badge>` : nothing}
          ${f.description ? html`<br /><span class="muted">${f.description}</span>` : nothing}`,
      },
      { key: 'type', label: () => msg('Type', { id: 'documents.file.type' }), render: (f) => typeName(f.contentType) },
      { key: 'size', align: 'end', label: () => msg('Size', { id: 'documents.file.size' }), render: (f) => formatBytes(f.size, this.locale) },
      { key: 'version', align: 'end', label: () => msg('Version', { id: 'documents.file.version' }), render: (f) => String(f.version) },
      { key: 'updatedAt', label: () => msg('Updated', { id: 'documents.file.updated' }), render: (f) => formatDate(f.updatedAt, this.locale) },
      { key: 'downloads', align: 'end', label: () => msg('Downloads', { id: 'documents.file.downloads' }), render: (f) => formatNumber(f.downloads ?? 0, this.locale) },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'documents.actions' }),
        render: (f) => html`<div class="actions">
          <portico-button variant="secondary" @click=${() => this.#openVersions(f)}>${msg('Versions', { id: 'documents.versions' })}</portico-button>
          <portico-button variant="secondary" @click=${() => this.#openDownloads(f)}>${msg('Downloads', { id: 'documents.file.downloads' })}</portico-button>
          ${f.retiredAt
            ? html`<portico-button variant="secondary" ?loading=${this.saving === 'restore' && this.file?.id === f.id} @click=${() => ((this.file = f), this.#setRetired(f, false))}>${msg('Restore', { id: 'documents.restore' })}</portico-button>`
            : html`<portico-button variant="danger" @click=${() => ((this.file = f), this.retireDialog.show())}>${msg('Retire', { id: 'documents.retire' })}</portico-button>`}
        </div>`,
      },
    ];
  }

  #spaceCards(spaces: Space[]) {
    const names = new Map(this.partners.map((p) => [p.id, p.name]));
    return html`<ul class="spaces" part="spaces" aria-label=${msg('Spaces', { id: 'documents.spaces' })}>
      ${spaces.map(
        (space) => html`<li>
          <button type="button" class="space" aria-pressed=${String(this.spaceId === space.id)} @click=${() => (this.spaceId = space.id)}>
            <strong>${space.title}</strong>
            <span class="muted">${visibilityLabel(space, names)}</span>
            <span class="muted">${(space.allowedRoles ?? []).map(roleLabel).join(', ')}</span>
            <span class="muted">${plural(space.fileCount, { one: msg(str`${space.fileCount} file`, { id: 'documents.space.files.one' }), other: msg(str`${space.fileCount} files`, { id: 'documents.space.files' }) })}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #uploadForm(space: Space) {
    return html`<form part="upload" novalidate @keydown=${submitOnEnter} @submit=${this.#uploadFile}>
      <h3>${msg(str`Upload into ${space.title}`, { id: 'documents.upload.title' })}</h3>
      <label for="upload-file">${msg('File', { id: 'documents.upload.file' })}</label>
      <input id="upload-file" type="file" name="file" ?disabled=${!!this.progress} />
      <portico-field name="name" label=${msg('Name shown (optional)', { id: 'documents.upload.name' })}
        hint=${msg('By default, the file’s own name.', { id: 'documents.upload.name.hint' })}></portico-field>
      <portico-field name="description" type="textarea" label=${msg('Description (optional)', { id: 'documents.upload.description' })}></portico-field>
      ${this.#progressBar(this.progress, msg('Upload progress', { id: 'documents.upload.progress' }))}
      ${this.uploadMessage ? html`<p class="alert" role="alert">${this.uploadMessage}</p>` : nothing}
      <div class="actions"><portico-button type="submit" ?loading=${!!this.progress}>${msg('Upload', { id: 'documents.upload.submit' })}</portico-button></div>
    </form>`;
  }

  #filesSection() {
    const space = this.#space;
    if (!space) return nothing;
    return html`<section part="files">
      <div class="heading">
        <h2>${space.title}</h2>
        <portico-button variant="secondary" @click=${() => this.#openSpace(space)}>${msg('Edit the space', { id: 'documents.space.edit' })}</portico-button>
      </div>
      ${space.description ? html`<p class="muted">${space.description}</p>` : nothing}
      ${renderResource(
        this.files,
        () => html`<portico-data-table label=${msg(str`Files of ${space.title}`, { id: 'documents.files.of' })} .columns=${this.#fileColumns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No files in this space yet', { id: 'documents.manage.files.empty' })}>
            ${msg('Upload the first one below.', { id: 'documents.manage.files.empty.body' })}</portico-empty-state>`,
        },
      )}
      ${this.#uploadForm(space)}
    </section>`;
  }

  #spaceDialog() {
    const space = this.editing;
    const roles = new Set(space?.allowedRoles ?? PARTNER_ROLES);
    const groups = (space?.allowedRoles ?? []).filter((r) => !(PARTNER_ROLES as readonly string[]).includes(r));
    const chosenPartners = new Set(space?.partnerIds ?? []);
    const knownPartners = new Set(this.partners.map((p) => p.id));
    const partners = [...this.partners, ...[...chosenPartners].filter((id) => !knownPartners.has(id)).map((id) => ({ id, name: id }))];
    return html`<portico-dialog id="space" label=${space ? msg('Edit the space', { id: 'documents.space.edit' }) : msg('New space', { id: 'documents.space.new' })}>
      <form novalidate @keydown=${submitOnEnter} @submit=${this.#saveSpace}>
        <portico-field name="title" required .value=${space?.title ?? ''} label=${msg('Title', { id: 'documents.space.title' })}></portico-field>
        <portico-field name="description" type="textarea" .value=${space?.description ?? ''} label=${msg('Description', { id: 'documents.space.description' })}></portico-field>
        <portico-select name="visibility" .value=${this.visibility} label=${msg('Shared with', { id: 'documents.space.visibility' })}
          .options=${[
            { value: 'all', label: msg('All partners', { id: 'documents.visibility.all' }) },
            { value: 'partners', label: msg('Chosen partners', { id: 'documents.visibility.partners' }) },
            { value: 'tiers', label: msg('Partners of chosen tiers', { id: 'documents.visibility.tiers' }) },
          ]}
          @portico-change=${(e: CustomEvent<{ value: Visibility }>) => (this.visibility = e.detail.value)}></portico-select>
        ${this.visibility === 'partners'
          ? html`<fieldset>
              <legend>${msg('Partners', { id: 'documents.space.partners' })}</legend>
              ${partners.length
                ? partners.map((p) => html`<portico-checkbox data-group="partner" value=${p.id} label=${p.name} ?checked=${chosenPartners.has(p.id)}></portico-checkbox>`)
                : html`<p class="muted">${msg('No partners to choose from.', { id: 'documents.space.no-partners' })}</p>`}
            </fieldset>`
          : nothing}
        ${this.visibility === 'tiers'
          ? html`<portico-field name="tiers" required .value=${(space?.tiers ?? []).join(', ')} label=${msg('Tiers', { id: 'documents.space.tiers' })}
              hint=${msg('As written on the partners, e.g. Gold, Silver. Separate them with commas.', { id: 'documents.space.tiers.hint' })}></portico-field>`
          : nothing}
        <fieldset>
          <legend>${msg('Roles that see it', { id: 'documents.space.roles' })}</legend>
          ${PARTNER_ROLES.map((role) => html`<portico-checkbox data-group="role" value=${role} label=${roleLabel(role)} ?checked=${roles.has(role)}></portico-checkbox>`)}
          <portico-field name="groups" .value=${groups.join(', ')} label=${msg('Access groups (optional)', { id: 'documents.space.groups' })}
            hint=${msg('Names of access groups whose members see it too, separated by commas.', { id: 'documents.space.groups.hint' })}></portico-field>
        </fieldset>
        ${this.spaceMessage ? html`<p class="alert" role="alert">${this.spaceMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.saving === 'space'}>${msg('Save the space', { id: 'documents.space.save' })}</portico-button>
          <portico-button variant="secondary" @click=${() => this.spaceDialog.close()}>${msg('Cancel', { id: 'documents.cancel' })}</portico-button>
        </div>
      </form>
    </portico-dialog>`;
  }

  #versionsDialog() {
    const file = this.file;
    const connection = connectionOf(this);
    return html`<portico-dialog id="versions" label=${file ? msg(str`Versions of ${file.name}`, { id: 'documents.versions.of' }) : msg('Versions', { id: 'documents.versions' })}>
      ${this.versions === null && !this.versionMessage ? html`<portico-skeleton></portico-skeleton>` : nothing}
      ${file && this.versions
        ? html`<ul>
            ${this.versions.map(
              (v) => html`<li>
                ${msg(str`Version ${v.number}`, { id: 'documents.version.number' })} — ${v.name}, ${formatBytes(v.size, this.locale)}, ${formatDateTime(v.uploadedAt, this.locale)}
                ${v.current ? html`<portico-badge variant="success">${msg('Current', { id: 'documents.version.current' })}</portico-badge>` : nothing}
                ${downloadControl({ connection, client: this.client, path: contentPath(file.spaceId, file.id, v.id), name: v.name, label: msg(str`Download version ${v.number}`, { id: 'documents.version.download' }) })}
              </li>`,
            )}
          </ul>
          <form novalidate @submit=${this.#uploadVersion}>
            <label for="version-file">${msg('New version', { id: 'documents.version.file' })}</label>
            <input id="version-file" type="file" name="file" ?disabled=${!!this.versionProgress} />
            ${this.#progressBar(this.versionProgress, msg('Upload progress', { id: 'documents.upload.progress' }))}
            <div class="actions"><portico-button type="submit" ?loading=${!!this.versionProgress}>${msg('Replace with this version', { id: 'documents.version.submit' })}</portico-button></div>
          </form>`
        : nothing}
      ${this.versionMessage ? html`<p class="alert" role="alert">${this.versionMessage}</p>` : nothing}
    </portico-dialog>`;
  }

  #downloadsDialog() {
    const counts = this.counts;
    return html`<portico-dialog id="downloads" label=${this.file ? msg(str`Downloads of ${this.file.name}`, { id: 'documents.downloads.of' }) : msg('Downloads', { id: 'documents.file.downloads' })}>
      ${counts
        ? html`<p>${msg(str`${counts.total} downloads in all, ${counts.staff} by your staff.`, { id: 'documents.downloads.total' })}</p>
            ${counts.partners.length
              ? html`<portico-data-table label=${msg('Downloads per partner', { id: 'documents.downloads.per-partner' })} .rowKey=${(r: { partnerId: string }) => r.partnerId}
                  .columns=${[
                    { key: 'partnerName', label: () => msg('Partner', { id: 'documents.partner' }) },
                    { key: 'count', align: 'end', label: () => msg('Downloads', { id: 'documents.file.downloads' }), render: (r: { count: number }) => formatNumber(r.count, this.locale) },
                  ]}
                  .rows=${counts.partners}></portico-data-table>`
              : html`<p class="muted">${msg('No partner has downloaded it yet.', { id: 'documents.downloads.none' })}</p>`}`
        : html`<portico-skeleton></portico-skeleton>`}
    </portico-dialog>`;
  }

  #retireDialog() {
    const file = this.file;
    return html`<portico-dialog id="retire" label=${msg('Retire this file?', { id: 'documents.retire.title' })}>
      <p>${file ? msg(str`Partners will no longer see ${file.name}. Its versions are kept, and you can restore it at any time.`, { id: 'documents.retire.body' }) : nothing}</p>
      <div slot="footer" class="actions">
        <portico-button variant="secondary" @click=${() => this.retireDialog.close()}>${msg('Cancel', { id: 'documents.cancel' })}</portico-button>
        <portico-button variant="danger" ?loading=${this.saving === 'retire'} @click=${() => file && this.#setRetired(file, true)}>${msg('Retire', { id: 'documents.retire' })}</portico-button>
      </div>
    </portico-dialog>`;
  }

  protected override render() {
    if (!this.#allowed) {
      return html`<h1>${msg('Manage documents', { id: 'documents.manage.title' })}</h1>
        <p role="status">${msg('Document spaces are managed by the programme’s staff.', { id: 'documents.manage.not-allowed' })}</p>`;
    }
    const add = html`<portico-button @click=${() => this.#openSpace(null)}>${msg('New space', { id: 'documents.space.new' })}</portico-button>`;
    return html`<div class="heading">
        <h1>${msg('Manage documents', { id: 'documents.manage.title' })}</h1>
        <div class="actions"><a href="/documents">${msg('Library', { id: 'documents.library' })}</a>${add}</div>
      </div>
      ${renderResource(this.spaces, (page) => html`${this.#spaceCards(page.items)}${this.#filesSection()}`, {
        empty: () => html`<portico-empty-state heading=${msg('No document spaces yet', { id: 'documents.manage.empty' })}>
          ${msg('A space gathers files for the partners and roles you choose.', { id: 'documents.manage.empty.body' })}<span slot="action">${add}</span></portico-empty-state>`,
      })}
      ${hasPermission(this.session, 'documents.settings.manage') ? html`<portico-document-settings></portico-document-settings>` : nothing}
      ${this.#spaceDialog()}${this.#versionsDialog()}${this.#downloadsDialog()}${this.#retireDialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-document-manager': PorticoDocumentManager;
  }
}
