/**
 * Widgets run in browsers: their type check (tsconfig.widgets.json) knows the DOM and not Node, so
 * code that would fail at run time in a page fails to compile. If Node's types leak into that check
 * again (through a server module a widget imports), these lines compile and the check fails.
 */
// @ts-expect-error Node's `process` does not exist in browsers
export const environment = process.env.NODE_ENV;
// @ts-expect-error Node's `Buffer` does not exist in browsers
export const bytes = Buffer.from('portico');
// @ts-expect-error a widget cannot import a Node module
export const nodeModule = import('node:fs');
