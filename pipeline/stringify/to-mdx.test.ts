import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseCapture } from '../parse/capture.ts';
import { annotateTerms } from '../transform/annotate-terms.ts';
import { TermMatcher } from '../transform/term-matcher.ts';
import { toMdx } from './to-mdx.ts';
import { htmlText, renderMdx } from '../../tests/support/render-mdx.ts';

/** Emits MDX for a capture, compiles it as the site does and returns the rendered text content. */
async function roundTrip(capture: string): Promise<{ html: string; text: string; mdx: string }> {
  const tree: Root = parseCapture(capture, { title: 'Title', rules: [] });
  annotateTerms(tree, new TermMatcher([{ id: 'cac', hanzi: '网信办', aliases: ['CAC'], category: 'institution' }]));
  const mdx = toMdx(tree, { title: 'A "quoted" {title}', published: '2020-01-02' });
  const html = await renderMdx(mdx);
  return { html, text: htmlText(html), mdx };
}

const hostile = [
  'Braces {1 + 1} and {props.secret} stay text.',
  'Angle <b>bold</b> and <script>alert(1)</script> and a < b > c.',
  'Stars *not emphasis* and _not either_ and **nor this**.',
  'Brackets [not a link](x) and [^1] and back\\slash \\* and pipes | a | b |.',
  '# not a heading, just a hash',
  'import x from "y"',
  'export const z = 1',
  'Backticks `code` and ``` fences.',
  'Entities &amp; &lt;b&gt; &#123; stay literal.',
];

describe('MDX emission', () => {
  it.each(hostile)('renders %j as the same text', async (line) => {
    const { text, html } = await roundTrip(`${line}\n`);
    expect(text).toBe(line);
    expect(html).not.toMatch(/<(script|b)>/);
  });

  it('keeps terms, footnotes and front matter working next to hostile text', async () => {
    const { html, mdx } = await roundTrip('The CAC {rules} <script>x</script>[1].\n[1] A note with *stars*.\n');
    expect(html).toContain('<a href="/glossary/cac/" data-term="cac">CAC</a>');
    expect(html).toContain('{rules} &lt;script&gt;x&lt;/script&gt;');
    expect(html).toMatch(/A note with \*stars\*\./);
    expect(mdx).toMatch(/^---\ntitle: "A \\"quoted\\" \{title\}"\npublished: "2020-01-02"\n---\n/);
  });

  it('keeps a paragraph that is only a term a paragraph (a signature line: "CAC")', async () => {
    const { html } = await roundTrip('The CAC signs.\nCAC\nMay 8, 2015 was a Friday.\n');
    expect(html).toContain('<p><a href="/glossary/cac/" data-term="cac">CAC</a></p>');
  });

  it('keeps a list item that is only terms one run of text, with no space between its hanzi', async () => {
    const { text } = await roundTrip('* 网信办网信办\n');
    expect(text.trim()).toBe('网信办网信办');
  });

  it('produces identical bytes for identical input', async () => {
    const a = await roundTrip('The CAC and {x}.\n');
    const b = await roundTrip('The CAC and {x}.\n');
    expect(a.mdx).toBe(b.mdx);
  });
});
