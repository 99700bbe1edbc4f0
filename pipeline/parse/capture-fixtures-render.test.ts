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

  it('renders a table copied as pipe rows as a table, the terms in its cells annotated', () => {
    const page = html.get('2025-digital-china-wins-the-future-specialized-terminology')!;
    expect(page).toMatch(/<table>[^]*<th>[^]*Cyber Great Power[^]*<\/th>[^]*<\/table>/u);
    expect(htmlText(page)).not.toContain('| Cyber');
  });

  it('reports a parse record for every capture', () => {
    for (const article of converted) expect(article.parse?.chars, article.slug).toBeGreaterThan(0);
  });
});
