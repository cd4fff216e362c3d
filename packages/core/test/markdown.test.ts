import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/server/markdown.js';

describe('renderMarkdown', () => {
  it('keeps the Markdown a person expects', () => {
    const html = renderMarkdown('**Bold**, _italic_ and a [link](https://docs.example/setup "Setup").\n\n- one\n- two\n\n```\ncode <b>\n```');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toContain('<a href="https://docs.example/setup" title="Setup" rel="noopener noreferrer nofollow" target="_blank">link</a>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<pre><code>code &lt;b&gt;');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler', '<img src=x onerror=alert(1)>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link in raw HTML', '<a href="javascript:alert(1)">click</a>'],
    ['a data: URL', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
  ])('never lets %s through as markup', (_, payload) => {
    const html = renderMarkdown(payload);
    // Only real tags count: escaped text such as `&lt;script&gt;` is harmless.
    expect(html).not.toMatch(/<(script|img|iframe)/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/<a\s[^>]*href="(?!https?:|mailto:)/i);
  });
});
