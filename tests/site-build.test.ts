/**
 * Integration: runs the real build (conversion, Astro, Pagefind) into a temporary folder under a
 * non-root base path and checks the pages a reader would open.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { convertCorpus } from '../pipeline/index.ts';
import { corpus } from './support/corpus.ts';

const outDir = inject('siteDir');
const slugs = corpus.articles.map((f) => path.basename(f.file).replace(/\.(txt|md)$/, ''));
const termIds = corpus.glossary.map((f) => path.basename(f.file, '.yaml'));
/** The terms each article's conversion called out: each is a link on its page at least once (its first mention). */
const calledOut = new Map(convertCorpus(corpus).articles.map((a) => [a.slug, Object.keys(a.callouts)]));
const page = (...parts: string[]) => readFileSync(path.join(outDir, ...parts, 'index.html'), 'utf8');
/** Visible text of an article body: tags dropped, term cards (shown only on demand, at the page's end) removed. */
const visibleText = (html: string) =>
  html
    .replace(/<div class="term-cards".*$/s, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('built site', () => {
  it('has a home, glossary index, search and 404 page, and a Pagefind index', () => {
    for (const file of ['index.html', 'glossary/index.html', 'search/index.html', '404.html', 'pagefind/pagefind.js']) {
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
    }
    expect(page()).toContain(`href="${BASE}articles/${slugs[0]}/"`);
  });

  it('has a page for every article and every glossary term', () => {
    for (const slug of slugs) expect(existsSync(path.join(outDir, 'articles', slug, 'index.html')), slug).toBe(true);
    for (const id of termIds) expect(existsSync(path.join(outDir, 'glossary', id, 'index.html')), id).toBe(true);
  });

  it.each(slugs)('article %s has callouts that link to existing term pages, and one card per term', (slug) => {
    const html = page('articles', slug);
    const links = [...html.matchAll(/<a class="term-link" href="([^"]+)" data-term="([^"]+)"/g)];
    // Later mentions in a section are plain text; every term the article uses is linked somewhere.
    expect(new Set(links.map((m) => m[2]))).toEqual(new Set(calledOut.get(slug)));
    for (const [, href, id] of links) {
      expect(href).toBe(`${BASE}glossary/${id}/`);
      expect(existsSync(path.join(outDir, 'glossary', id, 'index.html')), href).toBe(true);
    }
    const cards = [...html.matchAll(/<div class="term-card" id="card-([^"]+)"/g)].map((m) => m[1]);
    expect(cards.toSorted()).toEqual([...new Set(links.map((m) => m[2]))].toSorted());
  });

  it('keeps the spaces and punctuation around callouts in the rendered text', () => {
    const text = visibleText(page('articles', '2022-digichina-informatization-plan-forum'));
    expect(text).toContain('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword');
    expect(text).toContain("In the informatization Plan's telling");
  });

  it('shows hanzi, pinyin and summary in the card of a callout', () => {
    const html = page('articles', '2022-digichina-informatization-plan-forum');
    const card = /<div class="term-card" id="card-high-quality-development"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? '';
    expect(card).toContain('High-quality development');
    expect(card).toContain('高质量发展');
    expect(card).toContain('Full entry');
    expect(card).toContain('gāo zhìliàng fāzhǎn');
  });

  it('renders footnotes with links back to their markers', () => {
    const html = page('articles', '2022-digichina-informatization-plan-forum');
    expect(html).toMatch(/<a [^>]*href="#user-content-fn-1"/);
    expect(html).toMatch(/<li id="user-content-fn-1">[\s\S]*?This is a very interesting formulation/);
  });

  it('lists on a term page the articles that use the term', () => {
    const html = page('glossary', 'high-quality-development');
    expect(html).toContain('高质量发展');
    expect(html).toContain(`href="${BASE}articles/2022-digichina-informatization-plan-forum/"`);
  });
});
