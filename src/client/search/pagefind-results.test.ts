/** The order in which Pagefind's results are checked (pagefind-results.ts). */
import { describe, expect, it } from 'vitest';
import { resultsFor } from './pagefind-results.ts';
import { readQuery } from './query-parts.ts';
import { NO_WORD } from './typed-prefix.ts';

/** A stand-in search: each term's result ids, as Pagefind would list them. */
const searchOf = (lists: Record<string, string[]>) => async (term: string | null) => ({ results: (lists[term ?? ''] ?? []).map((id) => ({ id })) });
const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('the results checked first', () => {
  it('for a joined word are those its words apart find too: Pagefind retries a word no page has by ever shorter prefixes (measure: "data/AI" showed none)', async () => {
    // dataai is on no page: Pagefind lists every page with a word starting "data".
    const search = searchOf({ 'data/AI': ['d1', 'd2', 'both'], 'data AI': ['both', 'ai'] });
    expect(ids(await resultsFor(search, 'data/AI', ['data', 'ai'], []))).toEqual(['both', 'ai', 'd1', 'd2']);
  });

  it('for a quoted phrase are only those Pagefind’s quoted search found, in its order for the words (measure: "data trading" downloaded 20 KB more)', async () => {
    const search = searchOf({ 'data trading': ['apart', 'hyphenated', 'phrase2', 'phrase1'], '"data trading"': ['phrase1', 'phrase2'], '"datatrading"': ['hyphenated'] });
    expect(ids(await resultsFor(search, 'data trading', ['data', 'trading'], readQuery('"data trading"').phrases))).toEqual(['hyphenated', 'phrase2', 'phrase1']);
  });

  it('for a word being typed are then those of each stem it may run past that the index holds (reader QA: "beiji" 3 results, "beijing" 7+)', async () => {
    // Pagefind indexes Beijing as beij: "beiji" finds only "Beijing’s"; beijǂ falls back to the pages of beij, beiǂ to those of a shorter word.
    const search = searchOf({ beiji: ['curly'], [`beij${NO_WORD}`]: ['b1', 'curly', 'b2'], [`bei${NO_WORD}`]: ['other'] });
    expect(ids(await resultsFor(search, 'beiji', ['beiji'], []))).toEqual(['curly', 'b1', 'b2']);
    // No word is indexed as regulat: regulatǂ falls back to what regulaǂ finds, which is asked for as a stem of its own.
    const regulation = searchOf({ [`regulat${NO_WORD}`]: ['r1'], [`regula${NO_WORD}`]: ['r1'], [`regul${NO_WORD}`]: ['r1', 'r2'], [`regu${NO_WORD}`]: ['re'] });
    expect(ids(await resultsFor(regulation, 'regulati', ['regulati'], []))).toEqual(['r1', 'r2']);
  });
});
