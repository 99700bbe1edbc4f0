/** Very long paragraphs are written over several lines, with the same text; ordinary ones on one line. */
import type { PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMdx } from './to-mdx.ts';
import { MAX_LINE } from './wrap-long-lines.ts';
import { htmlText, mdxText, renderMdx } from '../../tests/support/render-mdx.ts';
import { termElement } from '../transform/annotate-terms.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('long paragraphs in MDX', () => {
  it('break at a space before a letter, every few thousand characters, and keep their text and elements', () => {
    const words = Array.from({ length: 6000 }, (_, i) => ['data', '1.', '# x', '<b>', '{y}', 'CAC'][i % 6]).join(' ');
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: `${words} ` }, termElement('cac', 1, 'CAC'), { type: 'text', value: ` ${words}` }] }] };
    const mdx = toMdx(tree);
    const lines = mdx.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    // The text's length is counted; escaping (\<, \{) adds a little to the line.
    for (const line of lines) expect(line.length).toBeLessThan(MAX_LINE * 1.25);
    // Still one paragraph, read back as the same text, the term as an element.
    expect(squash(mdxText(mdx))).toBe(squash(`${words} CAC ${words}`));
    expect(mdx).toContain('<Term id="cac" occurrence="1">CAC</Term>');
    for (const line of lines.slice(1)) expect(line).toMatch(/^\p{L}/u);
  });

  it('count the tags, attributes and escapes of a paragraph dense with callouts, so its lines stay near the limit', () => {
    const children: PhrasingContent[] = [];
    for (let i = 1; i <= 2000; i++) {
      children.push({ type: 'text', value: i === 1 ? 'The ' : ' and \\{x} \\*stars* [1] <b> the ' }, termElement('cyberspace-administration-of-china', i, 'CAC'));
    }
    const tree = { type: 'root', children: [{ type: 'paragraph', children }] } as Root;
    const lines = toMdx(tree).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(line.length).toBeLessThan(MAX_LINE + 200);
  });

  it('leave a paragraph of ordinary length on one line', () => {
    const text = 'word '.repeat(700).trim();
    const tree = unified().use(remarkParse).parse(text) as Root;
    expect(toMdx(tree).trimEnd()).toBe(text);
  });
});

describe('long paragraphs of Chinese, which have no spaces', () => {
  const chinese = (): PhrasingContent[] =>
    Array.from({ length: 3000 }, () => ({ type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'zh-CN' }], children: [{ type: 'text', value: '数据要素' }] }));

  it('break inside a tag, before its attributes, and render as one paragraph of the same text', async () => {
    const mdx = toMdx({ type: 'root', children: [{ type: 'paragraph', children: chinese() }] } as Root);
    const lines = mdx.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.length).toBeLessThan(MAX_LINE + 100);
    const html = await renderMdx(mdx);
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html.match(/<span lang="zh-CN">数据要素<\/span>/g)).toHaveLength(3000);
    expect(htmlText(html).replace(/\s+/g, '')).toBe('数据要素'.repeat(3000));
  });

  it('stay on one line in a quote, whose line markers Sätteri would read inside a tag', async () => {
    const mdx = toMdx({ type: 'root', children: [{ type: 'blockquote', children: [{ type: 'paragraph', children: chinese() }] }] } as Root);
    expect(mdx.trimEnd().split('\n')).toHaveLength(1);
    expect(htmlText(await renderMdx(mdx)).replace(/\s+/g, '')).toBe('数据要素'.repeat(3000));
  });
});
