/**
 * A preview of Markdown while it is typed, built from Lit templates only: every piece of text is
 * bound as text, never parsed as HTML, so nothing typed can become markup or script here. It covers
 * what people use in questions (paragraphs, emphasis, code, lists, quotes, links); what is published
 * is the server's rendering (`bodyHtml`), which may differ in details.
 */
import { html, nothing, type TemplateResult } from 'lit';

type Inline = TemplateResult | string;

// Underscores inside a word (`window.__name`) are not emphasis, as in CommonMark.
const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*|(?<!\w)__[^_]+__(?!\w))|(\*[^*\s][^*]*\*|(?<!\w)_[^_\s][^_]*_(?!\w))|(\[[^\]]+\]\([^)\s]+\))/;

/** Only web and mail links become links: a `javascript:` target stays text. */
function safeHref(url: string): string | null {
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : null;
}

function inline(text: string): Inline[] {
  const parts: Inline[] = [];
  let rest = text;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) parts.push(rest.slice(0, match.index));
    const [token, code, strong, em, link] = match;
    if (code) parts.push(html`<code>${code.slice(1, -1)}</code>`);
    else if (strong) parts.push(html`<strong>${inline(strong.slice(2, -2))}</strong>`);
    else if (em) parts.push(html`<em>${inline(em.slice(1, -1))}</em>`);
    else if (link) {
      const [, label, url] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(link)!;
      const href = safeHref(url);
      parts.push(href ? html`<a href=${href} target="_blank" rel="noopener noreferrer nofollow">${inline(label)}</a>` : token);
    }
    rest = rest.slice(match.index + token.length);
  }
  if (rest) parts.push(rest);
  return parts;
}

function block(lines: string[]): TemplateResult {
  if (lines.every((l) => /^\s*[-*+]\s+/.test(l))) return html`<ul>${lines.map((l) => html`<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`)}</ul>`;
  if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) return html`<ol>${lines.map((l) => html`<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`)}</ol>`;
  if (lines.every((l) => l.startsWith('>'))) return html`<blockquote>${block(lines.map((l) => l.replace(/^>\s?/, '')))}</blockquote>`;
  // Headings show as bold lines: real headings inside a page would break its outline.
  if (lines.length === 1 && /^#{1,6}\s/.test(lines[0])) return html`<p><strong>${inline(lines[0].replace(/^#+\s+/, ''))}</strong></p>`;
  return html`<p>${lines.map((l, i) => html`${i ? html`<br />` : nothing}${inline(l)}`)}</p>`;
}

export function markdownPreview(source: string): TemplateResult {
  const blocks: TemplateResult[] = [];
  const fences = source.replace(/\r\n?/g, '\n').split(/^```[^\n]*$/m);
  fences.forEach((chunk, index) => {
    if (index % 2 === 1) {
      blocks.push(html`<pre><code>${chunk.replace(/^\n|\n$/g, '')}</code></pre>`);
      return;
    }
    for (const paragraph of chunk.split(/\n\s*\n/)) {
      const lines = paragraph.split('\n').filter((l) => l.trim());
      if (lines.length) blocks.push(block(lines));
    }
  });
  return html`${blocks}`;
}
