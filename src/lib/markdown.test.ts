/** A glossary definition as its page shows it: Markdown rendered, raw HTML shown as text and never lost. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown (glossary definitions)', () => {
  it('shows a paragraph pasted with its HTML tags as text, escaped, instead of dropping it', () => {
    const html = renderMarkdown('<p>Chinese policy treats big data as a strategic resource.</p>\nIt was announced in 2015.\n\n<script>alert(1)</script>\n\nSecond *paragraph*.');
    expect(html).toContain('&#x3C;p>Chinese policy treats big data as a strategic resource.&#x3C;/p>');
    expect(html).toContain('It was announced in 2015.');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('<p>Second <em>paragraph</em>.</p>');
    expect(html).not.toMatch(/<(script|p>Chinese)/);
  });

  it('shows a link, image or reference to a script address as its text, and keeps web links', () => {
    const html = renderMarkdown('See [the source](javascript:alert(1)), ![pic](JaVaScRiPt:alert(2)), [ref][r] and [the law](https://example.org/law).\n\n[r]: data:text/html,x');
    expect(html).not.toMatch(/javascript|data:text/i);
    expect(html).toContain('See the source, pic, [ref][r] and <a href="https://example.org/law">the law</a>.');
  });

  it('tags Chinese with its language', () => {
    expect(renderMarkdown('The 高质量发展 slogan.')).toBe('<p>The <span lang="zh-CN">高质量发展</span> slogan.</p>');
  });
});
