/**
 * Search's filters and order, and what the index leaves out, on the Pagefind index of the shared
 * build, through the search page's own code.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { article, pages, siteSearch, term } from './support/site-search.ts';

const { siteDir, search } = siteSearch();

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
    expect(pages(hits)).toEqual([article('2020-wilson-center-data-ailing-economy')]);
  });

  it('filters by year', async () => {
    const { hits } = await search('internet', { filters: { year: ['2015', '2016'] } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.date?.startsWith('2015') || hit.date?.startsWith('2016'))).toBe(true);
  });

  it('filters terms by category', async () => {
    const { hits } = await search('administration', { filters: { category: ['institution'] } });
    expect(pages(hits)).toContain(term('cyberspace-administration-of-china'));
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
    // Words of the high-quality development card's summary, which no article body uses in a row: only term
    // pages may match (other entries' renderings or timelines may use the words too), never an article or the index.
    // Quoted: "formula" unquoted may be "formulation" being typed, which DigiChina's notes use.
    const urls = pages((await search('"guiding formula"')).hits);
    expect(urls).toContain(term('high-quality-development'));
    expect(urls.every((url) => url.startsWith(`${BASE}glossary/`) && url !== `${BASE}glossary/`)).toBe(true);
  });

  it('does not index the header, footer or pages other than articles and terms', async () => {
    // Exact phrases (in quotes): one from an article body is found; the footer's and the header search box's are not.
    expect(pages((await search('"a new buzzword"')).hits)).toEqual([article('2022-digichina-informatization-plan-forum')]);
    expect((await search('"names its source and links to the original"')).total).toBe(0);
    expect((await search('"Search articles and glossary"')).total).toBe(0);
    const urls = pages((await search('glossary')).hits);
    expect(urls.every((url) => url.startsWith(`${BASE}articles/`) || url.startsWith(`${BASE}glossary/`))).toBe(true);
    expect(urls).not.toContain(`${BASE}glossary/`);
  });
});

describe('note markers', () => {
  it('are not words of the text: an excerpt reads on past a marker as the sentence does (reader QA: "2025,[2" marked)', async () => {
    // DigiChina writes 厘清政府和市场关系, its note 1 marked right after it.
    const { hits } = await search('厘清政府和市场关系');
    const hit = hits.find((each) => each.page === article('2022-digichina-informatization-plan-forum'));
    const text = hit?.excerpt.map((part) => part.text).join('') ?? '';
    expect(text).toContain('厘清政府和市场关系)');
  });
});

describe('the index on disk', () => {
  it('holds the Pagefind client and index, not Pagefind’s unused UI bundles', () => {
    const files = readdirSync(path.join(siteDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });
});
