/** Which results lead for a query of whole words (run-search.ts), on a stand-in for Pagefind's API. */
import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';

// Sentences of the glossary (content/glossary) and of the Hoover capture (tests/fixtures/captures).
const formulation: PagefindRecord = {
  url: '/glossary/clarify-the-relationship-between-government-and-markets/',
  content: 'Formulation in the 14th Five-Year Plan for National Informatization calling for the line between state and market to be drawn.',
  meta: { type: 'term', title: 'Clarify the relationship between government and markets' },
};
const formula: PagefindRecord = {
  url: '/glossary/high-quality-development/',
  content: 'Xi Jinping-era guiding formula for growth that puts quality, efficiency, innovation and balance ahead of raw GDP speed.',
  meta: { type: 'term', title: 'High-quality development' },
};
const formulated: PagefindRecord = {
  url: '/articles/hoover-ai-titans/',
  content: 'China has since formulated and actively implemented the New Generation Artificial Intelligence Development Plan.',
  meta: { type: 'article', title: 'AI titans' },
};

/** Every page of the type, in this order: Pagefind finds the longer words by the stems asked for while a word may be typed (typed-prefix.ts). */
const pagefind: PagefindApi = {
  search: async (_term, options) => ({
    results: [formulation, formula, formulated].filter((record) => options?.filters?.type?.any.includes(record.meta.type!)).map((record) => ({ id: record.url, score: 1, data: async () => record })),
  }),
};

describe('a whole word', () => {
  it('lists the pages holding it whole before those holding only longer words (reader QA: `formula` listed "formulation" and "formulated" first)', async () => {
    const { hits, groups } = await runSearch(pagefind, { query: 'formula' });
    expect(groups[0].type).toBe('term');
    expect(hits.map((hit) => hit.page)).toEqual([formula.url, formulation.url, formulated.url]);
  });

  it('while still a start, leaves the order to Pagefind and the articles first', async () => {
    const { hits } = await runSearch(pagefind, { query: 'formul' });
    expect(hits.map((hit) => hit.page)).toEqual([formulated.url, formulation.url, formula.url]);
  });
});
