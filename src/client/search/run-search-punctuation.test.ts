/**
 * Quoted phrases and words joined by punctuation, on a stand-in for Pagefind 1.6 that reads a
 * query as it does: a query wholly in straight double quotes is its quoted search (the words'
 * stems in a row), and punctuation is dropped from the words (cybersecurity-law → cybersecuritylaw).
 */
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';

const article = (slug: string, content: string): PagefindRecord => ({ url: `/articles/${slug}/`, content, meta: { type: 'article', title: slug } });
const records = [
  // Wilson Center (2020), "Is Data the Medicine for China's Ailing Economy?"
  article('wilson', 'Explore the model of data trade. Although there are already two or three dozen data trade platforms in existence in China.'),
  // Data compliance interview (2025), on China's on-exchange data trading.
  article('exchange', 'She leaves it blank when she describes China’s on-exchange data trading market.'),
  // Glossary, data market: both words, apart.
  article('market', 'Rules on data ownership, pricing, trading venues and security.'),
  // NPC Observer (2016), the draft's third reading.
  article('npc', 'The draft Cybersecurity Law has also been submitted to this Session for its third reading.'),
];

/** A page's words as Pagefind indexes them: each whole (punctuation dropped) and, for a compound, its parts. */
const indexed = (text: string) => text.toLowerCase().split(/\s+/).map((word) => [word.replace(/\p{P}/gu, ''), ...word.split(/\p{P}+/u)].filter(Boolean));

const pagefind: PagefindApi = {
  search: async (term, options) => {
    if (!options?.filters?.type?.any.includes('article')) return { results: [] };
    const exact = /^\s*".+"\s*$/.test(term ?? '');
    const words = (term ?? '').toLowerCase().replace(/\p{P}/gu, '').split(/\s+/).filter(Boolean);
    const found = records.filter((record) => {
      const positions = indexed(record.content);
      if (!exact) return words.every((word) => positions.some((forms) => forms.some((form) => form.startsWith(word))));
      const stems = positions.map((forms) => forms.map((form) => stemmer(form)));
      return stems.some((_, start) => words.every((word, offset) => stems[start + offset]?.includes(stemmer(word))));
    });
    return { results: found.map((record) => ({ id: record.url, score: 1, data: async () => record })) };
  },
};
const slugs = (hits: { page: string }[]) => hits.map((hit) => hit.page.split('/')[2]);

describe('a quoted phrase', () => {
  it('lists only the pages holding its words whole and in a row (reader QA: "data trading" listed "the model of data trade")', async () => {
    const response = await runSearch(pagefind, { query: '"data trading"' });
    expect(slugs(response.hits)).toEqual(['exchange']);
    expect(response.phrases).toEqual(['data trading']);
    expect(slugs((await runSearch(pagefind, { query: 'data trading' })).hits).sort()).toEqual(['exchange', 'market']);
  });

  it('is marked as one in the excerpt, and the link to the paragraph asks for the phrase', async () => {
    const [hit] = (await runSearch(pagefind, { query: '“data trading”' })).hits;
    expect(hit.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['data trading']);
  });

  it('being typed lists the pages with its last word started, and searching it as words says no phrase', async () => {
    expect(slugs((await runSearch(pagefind, { query: '"data tradi' })).hits)).toEqual(['exchange']);
    expect(slugs((await runSearch(pagefind, { query: '"data trad' })).hits).sort()).toEqual(['exchange', 'wilson']);
    expect((await runSearch(pagefind, { query: 'data trading' })).phrases).toBeUndefined();
  });
});

describe('words joined by punctuation', () => {
  it('find what the words apart find (reader QA: "cybersecurity-law" found 1 page, "cybersecurity law" 8+)', async () => {
    expect(slugs((await runSearch(pagefind, { query: 'cybersecurity-law' })).hits)).toEqual(['npc']);
    expect(slugs((await runSearch(pagefind, { query: 'cybersecurity/law' })).hits)).toEqual(['npc']);
  });
});
