/**
 * The real captures of tests/fixtures/captures/ through the whole conversion and the site's MDX
 * compiler: what a reader sees of their links, footnote markers and headings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCorpus } from '../index.ts';
import { corpus, root } from '../../tests/support/corpus.ts';
import { htmlText, renderMdx } from '../../tests/support/render-mdx.ts';

const dir = path.join(root, 'tests/fixtures/captures');
const articles = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ file: `content/articles/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
const converted = convertCorpus({ ...corpus, articles }).articles;
const html = new Map(await Promise.all(converted.map(async (a) => [a.slug, await renderMdx(a.mdx)] as const)));

describe('the captures as the site renders them', () => {
  it('renders every capture, with no footnote syntax left as text', () => {
    expect(html.size).toBe(articles.length);
    for (const [slug, page] of html) expect(htmlText(page), slug).not.toMatch(/\[\^\d+\]/u);
  });

  it('links bare URLs, with the URL as the link text', () => {
    expect(html.get('2015-cset-made-in-china-2025-translation')).toContain('<a href="https://perma.cc/9PA3-WYBA">https://perma.cc/9PA3-WYBA</a>');
  });

  it('raises footnote markers whose notes the page did not give, apart from the number before them', () => {
    const page = html.get('2020-hoover-ai-titans')!;
    expect(page).toMatch(/by 2030\.<sup>2<\/sup> Increasingly/u);
    expect(page).toMatch(/superpower”<sup>3<\/sup>—have/u);
  });

  it('renders chapter and article heads as nested headings', () => {
    const page = html.get('2023-shanghai-gov-data-trading-venues-procedures')!;
    expect(page).toMatch(/<h2[^>]*>Chapter Ⅰ {2}General Provisions<\/h2>/u);
    expect(page).toMatch(/<h3[^>]*>Article 1<\/h3>/u);
  });

  it('renders pipe rows as a table, its terms annotated and its cells anchored, heads only over a delimiter row', async () => {
    // Rows quoted from Digital China Wins the Future, "Terminology" (digitalchinawinsthefuture.com/terminology/).
    const rows = ['| Cyber Great Power (网络强国) | Top-level design and end state to become a “world class” great power in cybersecurity. |', '| Digital China (数字中国) | Top level design and end state for “informatized development.” |'];
    const text = (body: string) => `---\ntitle: Terminology\npublisher: Digital China Wins the Future\npublished: "2023"\nsummary: Terms.\n---\n${body}\n`;
    const [headless, headed] = convertCorpus({ ...corpus, articles: [{ file: 'content/articles/2023-rows.txt', text: text(rows.join('\n')) }, { file: 'content/articles/2023-heads.txt', text: text(['| Term | Meaning |', '| --- | --- |', ...rows].join('\n')) }] }).articles;
    const page = await renderMdx(headless.mdx);
    // Anchor first, then the cell's words, whether or not the glossary makes them a term link.
    expect(page).toMatch(/^<table><tbody><tr><td><p><span id="p-[0-9a-f]{8}"><\/span>/u);
    expect(htmlText(page)).toMatch(/^Cyber Great Power \(网络强国\)/u);
    expect(page).not.toContain('<th');
    expect(htmlText(page)).not.toContain('|');
    expect(headless.occurrences.map((o) => o.sentence)).toContain('Top-level design and end state to become a “world class” great power in cybersecurity.');
    expect(await renderMdx(headed.mdx)).toMatch(/<thead>\s*<tr>\s*<th><span id="p-[0-9a-f]{8}"><\/span>Term<\/th>/u);
  });

  it('reports a parse record for every capture', () => {
    for (const article of converted) expect(article.parse?.chars, article.slug).toBeGreaterThan(0);
  });
});
