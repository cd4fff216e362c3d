/** Helpers for plain `<form>`s built of Portico controls (`portico-field`, `portico-select`, …). */

/**
 * Enter in a one-line field submits its form, as in a plain form: the input sits in the field's
 * shadow root, where the browser does not do it. Use as `<form @keydown=${submitOnEnter}>`.
 */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  const target = event.target as HTMLElement & { type?: string };
  if (target.localName !== 'portico-field' || target.type === 'textarea') return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}

/** A named control's value in `form`, trimmed; '' when there is no such control. */
export function readField(form: ParentNode, name: string): string {
  return form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
}
