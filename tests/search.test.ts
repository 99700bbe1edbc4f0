/**
 * Search, as a reader uses it: real queries in English, hanzi and pinyin against the Pagefind
 * index built from the real corpus by the shared build (under /policy-reader/), run through the
 * same code as the search page (src/client/search/run-search.ts, src/lib/search-options.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSite } from '../scripts/index-search.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { pinyinWords } from '../core/search-forms.ts';
import { loadPagefind, type PagefindClient } from '../scripts/support/pagefind-node.ts';
import { searchOptions } from '../src/lib/search-options.ts';
import { runSearch, type SearchRequest } from '../src/client/search/run-search.ts';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { corpus } from './support/corpus.ts';
import { expectedFirst } from './support/search-queries.ts';

const siteDir = inject('siteDir');
let pagefind: PagefindClient;
beforeAll(async () => {
  pagefind = await loadPagefind(path.join(siteDir, 'pagefind'), BASE, searchOptions);
});

const search = (query: string, request: Omit<SearchRequest, 'query'> = {}) => runSearch(pagefind, { query, ...request });
const term = (id: string) => `${BASE}glossary/${id}/`;
const article = (slug: string) => `${BASE}articles/${slug}/`;

describe('search finds the page a reader means', () => {
  it.each(expectedFirst)('%s: %s', async (_kind, query, expected) => {
    const url = BASE + expected;
    const { hits } = await search(query);
    expect(hits.map((hit) => hit.url)).toContain(url);
    expect(hits[0].url).toBe(url);
  });

  // Every entry of the real glossary, by each name a reader may type: 4 queries × every term.
  const byName = loadGlossary(corpus.glossary).flatMap((entry) => [
    ['English headword', entry.term, entry.id],
    ['hanzi', entry.hanzi, entry.id],
    ['toneless pinyin', pinyinWords(entry.pinyin).join(' '), entry.id],
    ['toneless pinyin, no spaces', pinyinWords(entry.pinyin).join(''), entry.id],
  ]);
  it(`finds each of the ${byName.length / 4} glossary terms first by its headword, hanzi and toneless pinyin`, async () => {
    expect(byName.length).toBeGreaterThan(100);
    const missed: string[] = [];
    for (const [kind, query, id] of byName) {
      const { hits } = await search(query);
      if (hits[0]?.url !== term(id)) missed.push(`${kind} "${query}": ${hits[0]?.url ?? 'nothing'} first, not ${term(id)}`);
    }
    expect(missed).toEqual([]);
  });

  it('covers at least three hanzi and three toneless-pinyin queries', () => {
    expect(expectedFirst.filter(([kind]) => kind.startsWith('hanzi')).length).toBeGreaterThanOrEqual(3);
    expect(expectedFirst.filter(([kind]) => kind.startsWith('pinyin, toneless')).length).toBeGreaterThanOrEqual(3);
  });

  it('lists articles that use a term after the term page', async () => {
    const urls = (await search('质量发展')).hits.map((hit) => hit.url);
    expect(urls[0]).toBe(term('high-quality-development'));
    expect(urls).toContain(article('2022-digichina-informatization-plan-forum'));
  });

  it('finds words of an article body', async () => {
    const { hits } = await search('rural e-commerce');
    expect(hits.map((hit) => hit.url)).toContain(article('2015-the-diplomat-internet-plus-rural-economy'));
  });
});

describe('search results carry what the page shows', () => {
  it('gives a term its type, hanzi, pinyin, category and a highlighted excerpt', async () => {
    const hit = (await search('high-quality development')).hits[0];
    expect(hit).toMatchObject({ type: 'term', title: 'High-quality development', hanzi: '高质量发展', pinyin: 'gāo zhìliàng fāzhǎn', category: 'slogan' });
    expect(hit.excerpt).toMatch(/<mark>[^<]*(quality|development)[^<]*<\/mark>/i);
  });

  it('gives an article its type, publisher, date and a highlighted excerpt', async () => {
    const hit = (await search('informatization', { filters: { type: ['article'] } })).hits[0];
    expect(hit).toMatchObject({
      type: 'article',
      url: article('2022-digichina-informatization-plan-forum'),
      title: 'Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum',
      publisher: 'DigiChina, Stanford University',
      date: '2022-01-24',
    });
    expect(hit.excerpt).toMatch(/<mark>informatization/i);
  });
});

describe('filters and order', () => {
  it('filters by type', async () => {
    const terms = await search('data', { filters: { type: ['term'] } });
    const articles = await search('data', { filters: { type: ['article'] } });
    expect(terms.total).toBeGreaterThan(5);
    expect(articles.total).toBeGreaterThan(1);
    expect(terms.hits.every((hit) => hit.type === 'term')).toBe(true);
    expect(articles.hits.every((hit) => hit.type === 'article')).toBe(true);
  });

  it('filters by publisher, including a publisher with a comma in its name', async () => {
    const { hits } = await search('data', { filters: { publisher: ['Wilson Center, Asia Program'] } });
    expect(hits.map((hit) => hit.url)).toEqual([article('2020-wilson-center-data-ailing-economy')]);
  });

  it('filters by year', async () => {
    const { hits } = await search('internet', { filters: { year: ['2015', '2016'] } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.date?.startsWith('2015') || hit.date?.startsWith('2016'))).toBe(true);
  });

  it('filters terms by category', async () => {
    const { hits } = await search('administration', { filters: { category: ['institution'] } });
    expect(hits.map((hit) => hit.url)).toContain(term('cyberspace-administration-of-china'));
    expect(hits.every((hit) => hit.type === 'term' && hit.category === 'institution')).toBe(true);
  });

  it('lists articles newest first', async () => {
    const { hits } = await search('digital', { sort: 'date' });
    const dates = hits.map((hit) => hit.date ?? '');
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((hit) => hit.type === 'article')).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('browses by filter alone, without a query', async () => {
    const { hits } = await search('', { filters: { category: ['law'] } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.category === 'law')).toBe(true);
  });
});

describe('what is not indexed', () => {
  it('does not index callout cards in articles, nor the glossary index listing every summary', async () => {
    // Words of the high-quality development card's summary, which no article body uses: only term
    // pages may match (other entries may use the words too), never an article or the index.
    const urls = (await search('guiding formula')).hits.map((hit) => hit.url);
    expect(urls).toContain(term('high-quality-development'));
    expect(urls.every((url) => url.startsWith(`${BASE}glossary/`) && url !== `${BASE}glossary/`)).toBe(true);
  });

  it('does not index the header, footer or pages other than articles and terms', async () => {
    // Exact phrases (in quotes): one from an article body is found; the footer's and the header search box's are not.
    expect((await search('"a new buzzword"')).hits.map((hit) => hit.url)).toEqual([article('2022-digichina-informatization-plan-forum')]);
    expect((await search('"names its source and links to the original"')).total).toBe(0);
    expect((await search('"Search articles and glossary"')).total).toBe(0);
    const urls = (await search('glossary')).hits.map((hit) => hit.url);
    expect(urls.every((url) => url.startsWith(`${BASE}articles/`) || url.startsWith(`${BASE}glossary/`))).toBe(true);
    expect(urls).not.toContain(`${BASE}glossary/`);
  });
});

describe('the index on disk', () => {
  it('holds the Pagefind client and index, not Pagefind’s unused UI bundles', () => {
    const files = readdirSync(path.join(siteDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('refuses to write an empty index', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'policy-reader-empty-'));
    try {
      writeFileSync(path.join(empty, 'notes.txt'), 'no HTML here');
      await expect(indexSite(empty)).rejects.toThrow(/no page to index/);
      expect(existsSync(path.join(empty, 'pagefind'))).toBe(false);
      // As the build runs it: exit code 1 and a message, so `npm run build` fails.
      const run = spawnSync(process.execPath, [path.join(import.meta.dirname, '../scripts/index-search.ts')], { env: { ...process.env, OUT_DIR: empty }, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('no page to index');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
