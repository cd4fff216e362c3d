/**
 * Safe Markdown for text that people type (question bodies, answers, module descriptions).
 *
 * Two layers, so that one mistake is not enough: markdown-it with raw HTML turned off (a `<script>`
 * typed by a person comes out as text) and its own link check, then sanitize-html with an allow-list
 * of tags, attributes and URL schemes, which also drops event handlers and `javascript:` URLs that
 * reach it any other way. The result is HTML a widget may insert as it is.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } }),
  },
};

/** Renders Markdown typed by a person to HTML that is safe to insert into a page. */
export function renderMarkdown(text: string): string {
  return sanitizeHtml(markdown.render(text), allowed);
}
