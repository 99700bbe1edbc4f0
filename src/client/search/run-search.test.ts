/** What the search page says about results left unchecked, on a stand-in for Pagefind's API. */
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';

/** Articles in Pagefind's order; each result's data is its record. Pagefind's prefix retries find pages without the query. */
function pagefindOf(texts: readonly string[]): PagefindApi {
  const records: PagefindRecord[] = texts.map((content, i) => ({ url: `/articles/a${i}/`, content, meta: { type: 'article', title: `Article ${i}` } }));
  return {
    search: async (_term, options) => ({
      results: options?.filters?.type?.any.includes('article') ? records.map((record, i) => ({ id: String(i), score: 1, data: async () => record })) : [],
    }),
  };
}

const other = 'The economy grows.';
const digitalization = 'The digitalization of industry goes on.';

describe('results left unchecked', () => {
  it('are "among the best matches" when few of those checked held the query (reading QA: "2+ results", and "Show more" found none)', async () => {
    const response = await runSearch(pagefindOf([digitalization, digitalization, ...Array<string>(30).fill(other)]), { query: 'digitalization' });
    expect(response.total).toBe(2);
    expect(response.more).toBe(true);
    expect(response.sparse).toBe(true);
  });

  it('are "more" when the page filled with results that hold the query', async () => {
    const response = await runSearch(pagefindOf(Array<string>(30).fill(digitalization)), { query: 'digitalization' });
    expect(response.total).toBe(FIRST_PAGE.article);
    expect(response).toMatchObject({ more: true, sparse: false });
  });

  it('are none when every result was checked', async () => {
    expect(await runSearch(pagefindOf([digitalization, other]), { query: 'digitalization' })).toMatchObject({ total: 1, more: false, sparse: false });
  });
});

describe('a term named inside a longer query', () => {
  // A stand-in index: the term page holds its name (as words and as one word) but not "China".
  const term: PagefindRecord = {
    url: '/glossary/new-quality-productive-forces/',
    content: 'New quality productive forces. Innovation-driven, high-tech productivity growth.',
    meta: { type: 'term', title: 'New quality productive forces', whole: 'newqualityproductiveforces 新质生产力' },
  };
  const pagefind: PagefindApi = {
    search: async (query, options) => {
      const words = (query ?? '').toLowerCase().split(/\s+/);
      const holds = options?.filters?.type?.any.includes('term') && words.every((word) => term.content.toLowerCase().includes(word) || (term.meta.whole ?? '').includes(word));
      return { results: holds ? [{ id: 't', score: 1, data: async () => term }] : [] };
    },
  };

  it('is found when no term page holds every word of the query (reader QA: "new quality productive forces China" listed no term)', async () => {
    const response = await runSearch(pagefind, { query: 'new quality productive forces China' });
    expect(response.groups.find((group) => group.type === 'term')?.hits.map((hit) => hit.title)).toEqual(['New quality productive forces']);
  });

  it('is not made up from a run of words that names no term', async () => {
    const response = await runSearch(pagefind, { query: 'quality growth in China' });
    expect(response.groups.find((group) => group.type === 'term')?.hits).toEqual([]);
  });
});
