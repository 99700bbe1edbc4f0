/**
 * A query as typed, read into what is searched: its words as the index holds them (normaliseQuery),
 * its quoted phrases (quotes mean "these words, whole, in this order", as on web search engines;
 * reader QA: `"data trading"` listed "the model of data trade"), and the forms Pagefind is asked
 * for. Pagefind drops punctuation inside a word ("cybersecurity-law" → cybersecuritylaw, which only
 * pages writing the hyphen hold: reader QA, 1 result against 8+), so such a word is also searched
 * as its words apart.
 */
import { hasHan } from '../../../core/chinese-text.ts';
import { QUOTATION_MARKS, toneless } from '../../../core/search-text.ts';
import { isPinyin } from '../../../core/pinyin-syllables.ts';

/** A quoted phrase: its words folded as page words are (match-words.ts wordsOf). */
export interface Phrase {
  /** The phrase as typed, for the status line. */
  text: string;
  words: string[];
  /** The closing quote is not typed yet: the last word may be the start of one. */
  open: boolean;
}

export interface ReadQuery {
  /** Every word of the query, quotes removed, normalised: what the words check and the ordering read. */
  searched: string;
  phrases: Phrase[];
  /** The words outside the quoted phrases, normalised ('' when the query is only phrases). */
  loose: string;
}

/** A pinyin syllable typed with its tone number (shu4, lv4, nü3): the form without it is searched. */
const NUMBERED_SYLLABLE = /^(?:[a-zü]+[1-5])+[a-zü]*$/i;

/**
 * The query as the index holds words: a word without hanzi in ASCII (ＡＩ; words with hanzi keep
 * their full-width forms, which the index holds beside the folded ones: core/search-forms.ts), a
 * possessive's "'s" off (people's → people: alone, "s" would match every word starting with s),
 * pinyin with tone numbers toneless (shu4ju4 → shuju; the index has no tone numbers).
 */
export function normaliseQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((typed) => normaliseWord(typed).replace(/(?<=\p{L})['’]s$/iu, ''))
    .join(' ');
}

/** One typed word as the index holds words, its possessive kept (a phrase's words are matched in a row: "People's Daily"). */
function normaliseWord(typed: string): string {
  const word = hasHan(typed) ? typed : typed.normalize('NFKC');
  const toneNumbersOff = word.replace(/[1-5]/g, '');
  return NUMBERED_SYLLABLE.test(word) && isPinyin(toneless(toneNumbersOff)) ? toneNumbersOff : word;
}

/** Words folded as page words are: letters, digits and hanzi, split at everything else. */
const folded = (text: string) => toneless(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A phrase between quotation marks (English, German, French, Chinese), each opening mark with the marks that close it; a quote not closed runs to the end (the reader is typing it). */
const QUOTED = /"([^"]*)("|$)|“([^”]*)(”|$)|„([^“”]*)([“”]|$)|«([^»]*)(»|$)|「([^」]*)(」|$)|『([^』]*)(』|$)/gu;

/** The query's quoted phrases, and all its words with the quotes removed. */
export function readQuery(query: string): ReadQuery {
  const phrases: Phrase[] = [];
  for (const match of query.matchAll(QUOTED)) {
    const at = [1, 3, 5, 7, 9, 11].find((group) => match[group] !== undefined)!;
    const words = folded(match[at].trim().split(/\s+/).map(normaliseWord).join(' '));
    if (words.length > 0) phrases.push({ text: match[at].trim().replace(/\s+/g, ' '), words, open: match[at + 1] === '' });
  }
  // The words in the order typed: the words check, the ordering and the excerpt read them as one query.
  const searched = normaliseQuery(query.replace(QUOTATION_MARKS, ' '));
  const loose = normaliseQuery(query.replace(QUOTED, ' ').replace(QUOTATION_MARKS, ' '));
  return { searched, phrases, loose: folded(loose).length > 0 ? loose : '' };
}

/** Punctuation joining two words of one query word ("cybersecurity-law", "data/AI", "Plan-(2016–2020)"); an apostrophe alone does not (Xi'an, China's). */
const JOINER = /(?<=[\p{L}\p{N}])(?=[^\p{L}\p{N}\s]*[^\p{L}\p{N}\s'’])[^\p{L}\p{N}\s]+(?=[\p{L}\p{N}])/gu;

/**
 * The query's words apart where punctuation joins them ("cybersecurity law" for "cybersecurity-law"),
 * or undefined when nothing joins any: Pagefind is asked for these too, as it searches a joined
 * word as one (cybersecuritylaw), which only pages writing it so hold. The words check reads the
 * parts apart either way (match-words.ts wordsOf), so the two forms find the same pages.
 */
export function wordsApart(searched: string): string | undefined {
  // A word led by one letter (e-commerce, A-share) is a compound Pagefind indexes whole; "e" alone would start every word.
  const apart = searched.split(' ').map((word) => (/^[\p{L}\p{N}][^\p{L}\p{N}]/u.test(word) ? word : word.replace(JOINER, ' '))).join(' ');
  return apart === searched ? undefined : apart;
}

/**
 * The forms Pagefind's own quoted search (the words' stems in a row) finds a phrase by: as typed,
 * which Pagefind folds as it folds the pages (People's → peoples), and its words joined, as it
 * indexes a hyphenated compound ("data-trading") whole, its parts not in a row. None for a phrase
 * of one word or one being typed.
 */
export const exactForms = (phrase: Phrase): string[] => (phrase.words.length > 1 && !phrase.open ? [`"${phrase.text.replaceAll('"', '')}"`, `"${phrase.words.join('')}"`] : []);
