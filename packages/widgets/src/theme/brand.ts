/**
 * Turns the tenant's brand into token declarations for the provider's `:host` rule. Brand values
 * come from the API and end up in CSS, so only values of a known shape get through.
 */
import type { Brand } from '../context.js';
import { readableTextOn } from './contrast.js';

const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const fontList = /^[\w\s,'"-]{1,200}$/;

export function brandDeclarations(brand: Brand | null | undefined): string {
  if (!brand) return '';
  const lines: string[] = [];
  if (brand.primaryColor && hexColour.test(brand.primaryColor)) {
    lines.push(`--portico-color-primary: ${brand.primaryColor};`);
    lines.push(`--portico-color-on-primary: ${readableTextOn(brand.primaryColor)};`);
  }
  if (brand.accentColor && hexColour.test(brand.accentColor)) {
    lines.push(`--portico-color-accent: ${brand.accentColor};`);
  }
  if (brand.fontFamily && fontList.test(brand.fontFamily)) {
    lines.push(`--portico-font-family: ${brand.fontFamily};`);
  }
  return lines.length ? `:host {\n${lines.join('\n')}\n}` : '';
}
