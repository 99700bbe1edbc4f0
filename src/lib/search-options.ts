/**
 * How the site's Pagefind client ranks results, shared by the search page and the tests that
 * check the ranking (so they test what readers get).
 *
 * Metadata fields are searchable in Pagefind ≥ 1.5 and add `metaWeights × match` on top of the
 * body score. Term pages carry `name` (headword and English aliases) and `forms` (hanzi
 * substrings, toneless pinyin), so a query that is a term's name puts the term page first.
 * Articles carry `terms` (lighter forms of the terms they use) at a low weight: they follow.
 * Their authors and publisher find them too.
 */
const searchRanking = {
  metaWeights: {
    title: 5,
    name: 10,
    forms: 4,
    whole: 8,
    terms: 1,
    words: 1,
    // Each word beside its pinyin, read by the excerpt; its forms are in \`words\` and \`terms\` already.
    readings: 0,
    hanzi: 4,
    pinyin: 2,
    authors: 2,
    // Readers look an article up by who published it ("MERICS", "Hoover").
    publisher: 2,
    // Shown in results, not worth matching on.
    type: 0,
    date: 0,
    category: 0,
  },
};

export const searchOptions = {
  ranking: searchRanking,
  excerptLength: 24,
};

/** The vocabulary the search page corrects misspelt English words against (src/pages/search-words.json.ts). */
export const SEARCH_WORDS_PATH = '/search-words.json';

/** Filter names as written in the index (src/components/SearchRecord.astro) and shown on the search page. */
export const searchFilters = [
  { name: 'type', label: 'Type' },
  { name: 'category', label: 'Term category' },
  { name: 'publisher', label: 'Publisher' },
  { name: 'year', label: 'Year' },
] as const;
