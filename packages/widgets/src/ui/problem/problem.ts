/**
 * Puts a server's field errors where the person looks: on the form controls named like the fields
 * (`portico-field`, `portico-select`, `portico-checkbox` with `name`). The first invalid control gets
 * focus; what matches no control is returned to be shown near the form.
 */
import { msg } from '@lit/localize';
import { isProblem } from '../../provider/loose-client.js';

interface ErrorCarrier extends HTMLElement {
  name: string;
  error: string;
  value?: unknown;
}

const controlSelector = 'portico-field, portico-select, portico-checkbox';

/** Field names from the server are JSON-pointer-ish (`/body/email`, `email`, `address.city`). */
function fieldName(field: string): string {
  return field.replace(/^\/?(body|query|params)\//, '').replace(/^\//, '').replace(/\//g, '.');
}

export function clearProblem(form: ParentNode): void {
  for (const control of form.querySelectorAll<ErrorCarrier>(controlSelector)) control.error = '';
}

/** Returns the messages that belong to no control (and the problem's own detail when it has no field errors). */
export function applyProblem(error: unknown, form: ParentNode): string[] {
  clearProblem(form);
  if (!isProblem(error)) return [];
  const controls = [...form.querySelectorAll<ErrorCarrier>(controlSelector)];
  const unmatched: string[] = [];
  let first: ErrorCarrier | undefined;
  for (const fieldError of error.errors ?? []) {
    const name = fieldName(fieldError.field);
    const control = controls.find((candidate) => candidate.name === name);
    if (!control) {
      unmatched.push(fieldError.message);
      continue;
    }
    // Two errors for one field read better joined than with the first one lost.
    control.error = control.error ? `${control.error} ${fieldError.message}` : fieldError.message;
  }
  if (error.status === 400) {
    // A server may check some fields only once the others are valid (an amount given one way or
    // another): a required field left empty is flagged now, not on the next attempt.
    for (const control of controls) {
      if (control.localName !== 'portico-checkbox' && control.hasAttribute('required') && !control.error && !String(control.value ?? '').trim()) {
        control.error = msg('Fill this in.', { id: 'widgets.form.required' });
      }
    }
  }
  first = controls.find((control) => control.error);
  first?.focus();
  if (!error.errors?.length) unmatched.push(error.detail ?? error.title);
  return unmatched;
}
