/** The results list while a word is typed (steady-order.ts), on a stand-in for Pagefind's API. */
import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';
import { markedWords, shownBefore, typedOn } from './steady-order.ts';

const article = (slug: string, content: string): PagefindRecord => ({ url: `/articles/${slug}/`, content, meta: { type: 'article', title: slug } });
// Sentences of three captures (tests/fixtures/captures): State Council via China Law Translate, Reuters, Hoover.
const stateCouncil = article('state-council', 'Even as Beijing signals a continuation of crackdowns on the country’s largest tech companies.');
const reuters = article('reuters', 'BEIJING, July 13 (Reuters) - China’s Ministry of Industry and Information Technology on Tuesday issued a notice.');
const hoover = article('hoover', 'The tensions also appear to have heightened Beijing’s concerns about the risks of falling behind.');
const industry = article('industry', 'Industry and information policy.');
const personal = article('personal', 'Personal information is protected.');

/** Pagefind's order for each query as Pagefind 1.6 gave it on the QA corpus: `beiji` first finds the pages writing "Beijing’s" (stem beijing’). */
function pagefindOf(orders: Record<string, PagefindRecord[]>): PagefindApi {
  return {
    search: async (term, options) => ({
      results: options?.filters?.type?.any.includes('article') ? (orders[term ?? ''] ?? []).map((record) => ({ id: record.url, score: 1, data: async () => record })) : [],
    }),
  };
}

const pages = (hits: { page: string }[]) => hits.map((hit) => hit.page);

describe('the results while a word is typed', () => {
  const pagefind = pagefindOf({ beij: [stateCouncil, reuters, hoover], beiji: [hoover, reuters, stateCouncil], in: [industry, personal], inf: [personal, industry] });

  it('keep the order they were shown in while their excerpts mark the same words (reader QA: the list reordered from `beij` to `beiji`)', async () => {
    const first = await runSearch(pagefind, { query: 'beij' });
    expect(pages(first.hits)).toEqual(['/articles/state-council/', '/articles/reuters/', '/articles/hoover/']);
    const next = await runSearch(pagefind, { query: 'beiji', shownBefore: shownBefore('beij', first.hits) });
    expect(pages(next.hits)).toEqual(pages(first.hits));
    // Without what was shown, Pagefind's order for `beiji`.
    expect(pages((await runSearch(pagefind, { query: 'beiji' })).hits)).toEqual(['/articles/hoover/', '/articles/reuters/', '/articles/state-council/']);
  });

  it('are ranked afresh where the marked words change (`in` marked "Industry", `inf` only "information")', async () => {
    const first = await runSearch(pagefind, { query: 'in' });
    expect(pages(first.hits)).toEqual(['/articles/industry/', '/articles/personal/']);
    const next = await runSearch(pagefind, { query: 'inf', shownBefore: shownBefore('in', first.hits) });
    expect(pages(next.hits)).toEqual(['/articles/personal/', '/articles/industry/']);
    const other = await runSearch(pagefind, { query: 'beiji', shownBefore: shownBefore('in', first.hits) });
    expect(pages(other.hits)[0]).toBe('/articles/hoover/');
  });

  it('count as typed on only when the queries differ in their last word, one the start of the other', () => {
    expect(typedOn('xi jin', 'xi jinp')).toBe(true);
    expect(typedOn('beijing', 'beij')).toBe(true);
    expect(typedOn('data', 'data s')).toBe(false);
    expect(typedOn('xi jin', 'li jin')).toBe(false);
  });

  it('mark a name the same whole or word by word, possessive or not', () => {
    const marks = (...texts: string[]) => markedWords(texts.map((text, index) => ({ text, marked: index % 2 === 0 })));
    expect(marks('Xi Jinping', ' and ')).toEqual(marks('Xi', ' ', 'Jinping’s'));
  });
});
