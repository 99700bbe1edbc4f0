/**
 * The last word of a query may still be being typed (the page searches as the reader types).
 * Pagefind stems words in the index and in the query, then matches the query's stem as a prefix of
 * the index's stems (Pagefind issue #291): "beijing" is indexed as beij, so "beiji" and "beijin"
 * find only the few words whose stem runs past the typed letters ("beijing’s"), and "regulati"
 * none of the pages indexed as regul. This module names the shorter prefixes Pagefind is also asked
 * for (the stems the typed letters may run past), and the reading of an unfinished pinyin syllable.
 */
import { stemmer } from 'stemmer';
import { hasHan } from '../../../core/chinese-text.ts';

const VOWEL = /[aeiouy]/;

/**
 * Starts of words whose R1 Porter2 sets by a list, not by its rule. Porter2 is Snowball's English
 * stemmer, Pagefind's (pagefind_stem/src/snowball/algorithms/english.rs in Pagefind 1.6's source).
 */
const R1_EXCEPTIONS = ['arsen', 'commun', 'emerg', 'gener', 'inter', 'later', 'organ', 'past', 'univers'];

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
 * The endings Porter2 removes, as a word spells them (its y turned i is also listed with y: "ency",
 * "ously"): the suffixes of its steps 1a–5 in Pagefind's english.rs.
 */
const ENDINGS = [
  ...['s', 'es', 'ies', 'ied', 'ed', 'edly', 'eed', 'eedly', 'ing', 'ingly', 'ly', 'y'],
  ...['tional', 'enci', 'ency', 'anci', 'ancy', 'abli', 'ably', 'entli', 'ently', 'eli', 'ely', 'izer', 'ization', 'ational', 'ation', 'ator'],
  ...['alli', 'ally', 'alism', 'aliti', 'ality', 'fulness', 'ousli', 'ously', 'ousness', 'iveness', 'iviti', 'ivity', 'biliti', 'bility', 'ogi', 'ogy', 'ogist', 'fulli', 'fully', 'lessli', 'lessly'],
  ...['alize', 'icate', 'iciti', 'icity', 'ical', 'ative', 'ful', 'ness'],
  ...['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ity', 'ous', 'ive', 'ize', 'ion', 'e'],
];

const LONGEST_ENDING = Math.max(...ENDINGS.map((ending) => ending.length));

/**
 * For each position of `word`, whether the letters from there on are the start of endings Porter2
 * removes one after another ("ati" of -ation, "izati" of -ization). Decided from the end in one pass,
 * so a long run of endings costs time in proportion to it: trying each split in turn took minutes
 * for a 110-letter word that never resolves.
 */
function endingStarts(word: string): boolean[] {
  const starts = new Array<boolean>(word.length + 1).fill(false);
  starts[word.length] = true;
  for (let index = word.length - 1; index >= 0; index--) {
    const rest = word.length - index <= LONGEST_ENDING ? word.slice(index) : undefined;
    starts[index] = ENDINGS.some((ending) => (rest !== undefined && ending.startsWith(rest)) || (word.startsWith(ending, index) && starts[index + ending.length]));
  }
  return starts;
}

/**
 * The prefixes of a query's last word that a stem of a word starting with it may be, longest first:
 * from Porter2's R1 on, those the rest of the word may be removed endings of ("beiji" → beij, as in
 * Beijing; "regulati" → regulat, regula, regul; "xinxihua" → none). None for a word that is not
 * letters only (a number, hanzi, "data/AI").
 */
export function stemPrefixes(word: string): string[] {
  const folded = word.toLowerCase();
  if (hasHan(folded) || !/^\p{L}+$/u.test(folded)) return [];
  const floor = Math.max(MIN_PREFIX, r1Start(folded));
  const endings = endingStarts(folded);
  // The letters past a stem may be endings it lost, after a doubled last letter too (hopping → hop).
  const mayFollowStem = (length: number) => endings[length] || (folded[length] === folded[length - 1] && endings[length + 1]);
  const prefixes: string[] = [];
  for (let length = folded.length - 1; length >= floor; length--) {
    if (mayFollowStem(length)) prefixes.push(folded.slice(0, length));
  }
  return prefixes;
}

/**
 * A letter no indexed word has. A search term no word extends makes Pagefind search the longest
 * word of its index that is a prefix of the term (its fallback, Pagefind PR #315): "regulǂ" finds
 * the pages indexed as regul, and no "regulatory", which "regul" alone would also find.
 */
export const NO_WORD = '\u01C2';

/**
 * A stem to ask for: the query with its last word cut to it, and cut one letter shorter, both
 * ended by NO_WORD. Where the two find the same pages, the index holds no word that is the stem
 * itself and Pagefind fell back to a shorter word (a stem of other words): those pages are not used.
 */
export interface StemQuery {
  stem: string;
  shorter: string;
}

/** What Pagefind is also asked for while the query's last word may be unfinished. */
export function shorterQueries(query: string): StemQuery[] {
  const words = query.split(' ');
  const last = words.pop() ?? '';
  const withLast = (word: string) => [...words, word + NO_WORD].join(' ');
  return stemPrefixes(last).map((prefix) => ({ stem: withLast(prefix), shorter: withLast(prefix.slice(0, -1)) }));
}

/** The endings (one or two in a row, as Porter2 removes them) that letters typed after a stem may be the start of: "ati" → -ation, -ative, -ate… */
function endingsStartedBy(rest: string, depth = 0): string[] {
  return ENDINGS.flatMap((ending) => (ending.startsWith(rest) ? [ending] : depth === 0 && rest.startsWith(ending) ? endingsStartedBy(rest.slice(ending.length), 1).map((next) => ending + next) : []));
}

const stemsOfTyped = new Map<string, Set<string>>();

/**
 * The stems of the words the query's last word may be the start of, cut at a stem it may run past
 * (stemPrefixes) and completed by the endings its letters start: "formulati" → formulation, formulating
 * → formul. A page word of one of these stems holds the word being typed (reader QA: `formulati` listed
 * 3 pages, the pages writing "formulation"; `formulation` 7+, as its stem also finds "formulated"),
 * so the count does not fall while a word is typed and rise when it is finished.
 */
export function typedStems(word: string): Set<string> {
  const folded = word.toLowerCase();
  // The excerpt asks for every word of a page's text: read each typed word once.
  const known = stemsOfTyped.get(folded);
  if (known) return known;
  const stems = new Set<string>();
  stemsOfTyped.set(folded, stems);
  for (const prefix of stemPrefixes(folded)) {
    const rest = folded.slice(prefix.length);
    // A doubled last letter before the ending: "hoppi" of hopping, stem hop.
    const starts = rest[0] === prefix.at(-1) ? [rest, rest.slice(1)] : [rest];
    for (const start of starts) for (const ending of endingsStartedBy(start)) stems.add(stemmer(folded.slice(0, folded.length - start.length) + ending));
  }
  return stems;
}

/**
 * A pinyin word of the page read as started by the query's last word, its last syllable unfinished
 * ("gaozhil" of gaozhiliang): only where the query's words hold nowhere at syllable boundaries,
 * as "xinxi" is 信息 (xin·xi), not the start of xinxing (xin·xing).
 */
export const startsPinyin = (word: string, page: { text: string; pinyin: boolean }): boolean => page.pinyin && !hasHan(word) && !/^\d+$/.test(word) && page.text.startsWith(word);
