import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, isProblem, readField, renderResource, submitOnEnter, toast,
  type DataTableColumn, type PorticoDialog,
} from '@portico/widgets';
import { pageStyles, problemText, type Category } from './shared.js';

/**
 * The tenant's question categories (`/questions/categories`, staff with `questions.categories.manage`):
 * add one (unique name, optional description), rename or describe it, and delete one no question is
 * filed under (after confirming; the server refuses one in use, and says so).
 *
 * @fires portico-question-categories-changed - After a category is added, changed or deleted (detail `{ categories }`).
 * @csspart table, new
 */
@customElement('portico-question-categories')
export class PorticoQuestionCategories extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor saving: 'new' | 'edit' | 'delete' | null = null;
  @state() accessor message = '';
  @state() accessor editing: Category | null = null;
  @state() accessor deleting: Category | null = null;
  @state() accessor dialogMessage = '';
  @query('#edit') private accessor editDialog!: PorticoDialog;
  @query('#delete') private accessor deleteDialog!: PorticoDialog;

  readonly categories = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => (await client.list('/question-categories', { query: { limit: 100 }, signal })).items,
  });

  #set(categories: Category[]) {
    this.categories.value = [...categories].sort((a, b) => a.name.localeCompare(b.name));
    this.categories.status = categories.length ? 'ready' : 'empty';
    this.requestUpdate();
    this.emit('portico-question-categories-changed', { categories: this.categories.value });
  }

  /** A taken name comes back as a conflict without a field: it belongs on the name field all the same. */
  #showProblem(error: unknown, form: HTMLFormElement): string {
    if (isProblem(error) && error.status === 409 && !error.errors?.length) {
      return applyProblem({ ...error, errors: [{ field: '/name', message: error.detail ?? error.title }] }, form).join(' ');
    }
    return isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
  }

  #create = async (event: Event) => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target as HTMLFormElement;
    this.saving = 'new';
    this.message = '';
    clearProblem(form);
    try {
      const description = readField(form, 'description');
      const category = await this.client.post('/question-categories', { body: { name: readField(form, 'name'), ...(description ? { description } : {}) } });
      toast(msg(str`The category ${category.name} is added.`, { id: 'questions.categories.added' }), { variant: 'success' });
      form.querySelectorAll<HTMLElement & { value: string }>('portico-field').forEach((field) => (field.value = ''));
      this.#set([...(this.categories.value ?? []), category]);
    } catch (error) {
      this.message = this.#showProblem(error, form);
    } finally {
      this.saving = null;
    }
  };

  #update = async (event: Event) => {
    event.preventDefault();
    if (this.saving || !this.editing) return;
    const form = event.target as HTMLFormElement;
    const before = this.editing;
    this.saving = 'edit';
    this.dialogMessage = '';
    clearProblem(form);
    try {
      const changes: Record<string, string> = {};
      const name = readField(form, 'name');
      const description = readField(form, 'description');
      if (name !== before.name) changes.name = name;
      if (description !== before.description) changes.description = description;
      const category = Object.keys(changes).length
        ? await this.client.patch('/question-categories/{id}', { params: { id: before.id }, body: changes })
        : before;
      this.editDialog.close();
      toast(msg('The category is saved.', { id: 'questions.categories.saved' }), { variant: 'success' });
      this.#set((this.categories.value ?? []).map((c) => (c.id === category.id ? category : c)));
    } catch (error) {
      this.dialogMessage = this.#showProblem(error, form);
    } finally {
      this.saving = null;
    }
  };

  #delete = async () => {
    const category = this.deleting;
    if (!category || this.saving) return;
    this.saving = 'delete';
    this.dialogMessage = '';
    try {
      await this.client.delete('/question-categories/{id}', { params: { id: category.id } });
      this.deleteDialog.close();
      toast(msg(str`The category ${category.name} is deleted.`, { id: 'questions.categories.deleted' }), { variant: 'success' });
      this.#set((this.categories.value ?? []).filter((c) => c.id !== category.id));
    } catch (error) {
      this.dialogMessage = problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #openEdit(category: Category) {
    this.editing = category;
    this.dialogMessage = '';
    void this.updateComplete.then(() => {
      clearProblem(this.editDialog);
      this.editDialog.show();
    });
  }

  #openDelete(category: Category) {
    this.deleting = category;
    this.dialogMessage = '';
    void this.updateComplete.then(() => this.deleteDialog.show());
  }

  #columns(): DataTableColumn<Category>[] {
    return [
      { key: 'name', label: () => msg('Name', { id: 'questions.categories.name' }), render: (c) => c.name },
      { key: 'description', label: () => msg('Description', { id: 'questions.categories.description' }), render: (c) => c.description || html`<span class="muted">—</span>` },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'questions.actions' }),
        render: (c) => html`<div class="actions">
          <portico-button variant="secondary" label=${msg(str`Change ${c.name}`, { id: 'questions.categories.change-label' })} @click=${() => this.#openEdit(c)}>${msg('Change', { id: 'questions.categories.change' })}</portico-button>
          <portico-button variant="danger" label=${msg(str`Delete ${c.name}`, { id: 'questions.categories.delete-label' })} @click=${() => this.#openDelete(c)}>${msg('Delete', { id: 'questions.categories.delete' })}</portico-button>
        </div>`,
      },
    ];
  }

  #newForm() {
    return html`<h2 id="new-heading">${msg('Add a category', { id: 'questions.categories.new' })}</h2>
      <form part="new" novalidate aria-labelledby="new-heading" @keydown=${submitOnEnter} @submit=${this.#create}>
        <portico-field name="name" required label=${msg('Name', { id: 'questions.categories.name' })}
          hint=${msg('e.g. Integrations, Licensing, Security', { id: 'questions.categories.name.hint' })}></portico-field>
        <portico-field name="description" label=${msg('Description (optional)', { id: 'questions.categories.description-optional' })}></portico-field>
        ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
        <div class="actions"><portico-button type="submit" ?loading=${this.saving === 'new'}>${msg('Add the category', { id: 'questions.categories.add' })}</portico-button></div>
      </form>`;
  }

  #dialogs() {
    const editing = this.editing;
    return html`<portico-dialog id="edit" label=${msg('Change the category', { id: 'questions.categories.edit-title' })}>
        ${editing
          ? html`<form id="edit-form" novalidate @keydown=${submitOnEnter} @submit=${this.#update}>
              <portico-field name="name" required .value=${editing.name} label=${msg('Name', { id: 'questions.categories.name' })}></portico-field>
              <portico-field name="description" .value=${editing.description} label=${msg('Description (optional)', { id: 'questions.categories.description-optional' })}></portico-field>
              ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
              <div class="actions">
                <portico-button variant="secondary" @click=${() => this.editDialog.close()}>${msg('Cancel', { id: 'questions.cancel' })}</portico-button>
                <portico-button type="submit" ?loading=${this.saving === 'edit'}>${msg('Save', { id: 'questions.categories.save' })}</portico-button>
              </div>
            </form>`
          : nothing}
      </portico-dialog>
      <portico-dialog id="delete" label=${msg('Delete this category?', { id: 'questions.categories.delete-title' })}>
        ${this.deleting
          ? html`<p>${msg(str`${this.deleting.name} disappears from the list of categories. A category that questions are filed under cannot be deleted; rename it instead.`, { id: 'questions.categories.delete-body' })}</p>`
          : nothing}
        ${this.dialogMessage && this.deleting ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.deleteDialog.close()}>${msg('Keep it', { id: 'questions.categories.keep' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.saving === 'delete'} @click=${this.#delete}>${msg('Delete', { id: 'questions.categories.delete' })}</portico-button>
        </div>
      </portico-dialog>`;
  }

  protected override render() {
    const title = msg('Question categories', { id: 'questions.categories.heading' });
    return html`<div class="heading">
        <h1>${title}</h1>
        <div class="actions"><a href="/questions/queue">${msg('Question queue', { id: 'questions.queue.title' })}</a></div>
      </div>
      <p class="muted">${msg('Partners file their questions under these categories; the queue filters by them.', { id: 'questions.categories.intro' })}</p>
      ${renderResource(this.categories, (categories) => html`<portico-data-table part="table" label=${title} .columns=${this.#columns()} .rows=${categories}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No categories yet', { id: 'questions.categories.empty' })}>
          ${msg('Add the first one below: partners then choose it when they ask.', { id: 'questions.categories.empty.body' })}
        </portico-empty-state>`,
      })}
      ${this.categories.status === 'ready' || this.categories.status === 'empty' ? this.#newForm() : nothing}
      ${this.#dialogs()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-question-categories': PorticoQuestionCategories;
  }
}
