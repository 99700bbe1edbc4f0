/**
 * Pages that must not grow with the corpus, on a real build of 120 synthetic articles (the
 * benchmark's generator): the home page lists the newest 20, the archive pages 50 each with links
 * between them, and a term page quotes at most the 50 most recent articles that use the term.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../scripts/bench/synthetic-corpus.ts';
import { buildSite, SITE_BASE as BASE } from './support/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-scale-'));
const dist = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeSyntheticCorpus({ from: path.join(root, 'content'), to: path.join(work, 'content'), articles: 120, terms: 0 });
  // Astro only: these tests read HTML, not the search index.
  await buildSite(
    {
      BASE_PATH: BASE,
      OUT_DIR: dist,
      CONTENT_DIR: path.join(work, 'content'),
      GENERATED_DIR: path.join(work, 'generated'),
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache'),
    }
  );
}, 300_000);

const page = (...parts: string[]) => readFileSync(path.join(dist, ...parts, 'index.html'), 'utf8');
/** Slugs of the articles linked from the headings matched by `selector`, in page order. */
function articleLinks(html: string, selector = '.article-list :is(h2, h3) > a'): string[] {
  const prefix = `${BASE}articles/`;
  return parse(html)
    .querySelectorAll(selector)
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith(prefix))
    .map((href) => href.slice(prefix.length).replace(/\/$/, ''));
}

describe('pages at 120 articles', () => {
  it('home lists the newest 20 and links to the archive', () => {
    const home = page();
    const listed = articleLinks(home);
    expect(listed).toHaveLength(20);
    expect(listed[0]).toMatch(/^2024-/);
    expect(home).toContain(`href="${BASE}archive/"`);
    expect(home).toContain('All 120 articles in the archive');
  });

  it('the archive has 50 articles a page, newest first, every article once, pages linked both ways', () => {
    const pages = [page('archive'), page('archive', '2'), page('archive', '3')];
    expect(existsSync(path.join(dist, 'archive', '4'))).toBe(false);
    const lists = pages.map((html) => articleLinks(html));
    expect(lists.map((l) => l.length)).toEqual([50, 50, 20]);
    expect(new Set(lists.flat()).size).toBe(120);
    expect(lists[0].slice(0, 20)).toEqual(articleLinks(page()));
    expect(pages[0]).toContain(`href="${BASE}archive/2/" rel="next"`);
    expect(pages[1]).toContain(`href="${BASE}archive/" rel="prev"`);
    expect(pages[1]).toContain(`href="${BASE}archive/3/" rel="next"`);
    expect(pages[2]).not.toContain('rel="next"');
    expect(pages[1]).toContain('Articles 51–100 of 120');
    expect(pages[2]).toContain('<ol class="article-list" start="101">');
  });

  it('a term page quotes at most the 50 most recent articles and says how many there are', () => {
    const html = page('glossary', 'big-data');
    const quoted = articleLinks(html, 'section[aria-label] > h3 > a');
    expect(quoted).toHaveLength(50);
    expect(html).toMatch(/in (\d+) articles/);
    expect(Number(/in (\d+) articles/.exec(html)?.[1])).toBeGreaterThan(50);
    expect(html).toContain('the 50 most recent articles');
  });
});
