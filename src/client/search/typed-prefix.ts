/**
 * The last word of a query may still be being typed (the page searches as the reader types).
 * Pagefind stems words in the index and in the query, then matches the query's stem as a prefix of
 * the index's stems (Pagefind issue #291): "beijing" is indexed as beij, so "beiji" and "beijin"
 * find only the few words whose stem runs past the typed letters ("beijing’s"), and "regulati"
 * none of the pages indexed as regul. This module names the shorter prefixes Pagefind is also asked
 * for (the stems the typed letters may run past), and the reading of an unfinished pinyin syllable.
 */
import { hasHan } from '../../../core/chinese-text.ts';

const VOWEL = /[aeiouy]/;

/** Words whose R1 Porter2 (Snowball English, Pagefind's stemmer) sets by a list, not by its rule. */
const R1_EXCEPTIONS = ['gener', 'commun', 'arsen'];

/**
 * Where Porter2's R1 region starts: after the first non-vowel that follows a vowel. Its suffix
 * steps remove only letters inside R1 (and 1a/1b's plural and -ed/-ing endings), so the stem of a
 * word that starts with these letters keeps at least the letters before R1.
 */
export function r1Start(word: string): number {
  const listed = R1_EXCEPTIONS.find((prefix) => word.startsWith(prefix));
  if (listed) return listed.length;
  for (let index = 1; index < word.length; index++) {
    if (!VOWEL.test(word[index]) && VOWEL.test(word[index - 1])) return index + 1;
  }
  return word.length;
}

/** The shortest prefix asked for: shorter ones start too many other words to be worth their downloads. */
const MIN_PREFIX = 3;

/**
 * The prefixes of a query's last word that a stem of a word starting with it may be, longest first
 * ("beiji" → beij; "regulati" → regulat … reg): Pagefind finds each with every word extending it,
 * and the words check (match-words.ts) keeps only the pages with a word starting with all the
 * typed letters. None for a word that is not letters only (a number, hanzi, "data/AI").
 */
export function stemPrefixes(word: string): string[] {
  const folded = word.toLowerCase();
  if (hasHan(folded) || !/^\p{L}+$/u.test(folded)) return [];
  const floor = Math.max(MIN_PREFIX, r1Start(folded));
  const prefixes: string[] = [];
  for (let length = folded.length - 1; length >= floor; length--) prefixes.push(folded.slice(0, length));
  return prefixes;
}

/**
 * A letter no indexed word has. A search term no word extends makes Pagefind search the longest
 * word of its index that is a prefix of the term (its fallback, Pagefind PR #315): "regulatǂ" finds
 * the pages indexed as regul, and no "regulatory", which "regulat" alone would also find.
 */
export const NO_WORD = '\u01C2';

export interface ShorterQueries {
  /** The query with its last word cut to each stem prefix and ended by NO_WORD, longest first. */
  stems: string[];
  /** The query with its last word cut to the shortest prefix: a stem Pagefind falls back to below it is no stem of the typed word. */
  floor: string;
}

/** What Pagefind is also asked for while the query's last word may be unfinished; undefined when nothing. */
export function shorterQueries(query: string): ShorterQueries | undefined {
  const words = query.split(' ');
  const last = words.pop() ?? '';
  const prefixes = stemPrefixes(last);
  if (prefixes.length === 0) return undefined;
  const withLast = (word: string) => [...words, word].join(' ');
  return { stems: prefixes.map((prefix) => withLast(prefix + NO_WORD)), floor: withLast(prefixes.at(-1)!) };
}

/**
 * A pinyin word of the page read as started by the query's last word, its last syllable unfinished
 * ("gaozhil" of gaozhiliang): only where the query's words hold nowhere at syllable boundaries,
 * as "xinxi" is 信息 (xin·xi), not the start of xinxing (xin·xing).
 */
export const startsPinyin = (word: string, page: { text: string; pinyin: boolean }): boolean => page.pinyin && !hasHan(word) && !/^\d+$/.test(word) && page.text.startsWith(word);
