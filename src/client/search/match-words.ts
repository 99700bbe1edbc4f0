/**
 * Whether a page really holds the words of a query, checked on the page's data after Pagefind
 * found it. Pagefind matches prefixes, and when a word matches nothing it retries ever shorter
 * prefixes of it ("xyzzyq" finds a lone "X"); it also knows nothing of pinyin syllables
 * ("xinxi" finds xinxing). A page passes when each query word starts one of its words, a pinyin
 * word only where a syllable ends, and a hanzi word is inside one of its runs of hanzi; a query of
 * several pinyin words only when they start one pinyin word together (pinyinPhrase). An English
 * word also matches a word of the same stem, as Pagefind's English stemming found it ("city" finds
 * "cities"), and a hyphenated word also counts written together ("ecommerce" finds "e-commerce").
 */
import { stemmer } from 'stemmer';
import { hasHan } from '../../../core/chinese-text.ts';
import { joinedFromEachWord, toneless } from '../../../core/search-text.ts';
import { clearBoundaries, isPinyin, isSyllable, syllableBoundaries } from '../../../core/pinyin-syllables.ts';
import { startsPinyin, typedStems } from './typed-prefix.ts';

/** A word of a page; `pinyin` when it comes from pinyin (a searchable form, or text with tone marks). */
export interface PageWord {
  text: string;
  pinyin: boolean;
}

/** The fields of a Pagefind record this module reads. */
export interface RecordText {
  content: string;
  meta: Record<string, string | undefined>;
}

/** The words of a text, folded as query and page words are compared (toneless): letters, digits and hanzi, split at everything else. */
export const wordsOf = (text: string): string[] => toneless(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Stemming changes only a word's ending: words that start differently are not stemmed at all. */
const sameStem = (a: string, b: string) => a.slice(0, 3) === b.slice(0, 3) && stemmer(a) === stemmer(b);

/** True when query word `word` (folded) matches page word `page`. */
export function wordMatches(word: string, page: PageWord): boolean {
  if (hasHan(word)) return page.text.includes(word);
  // A number is whole, or an ordinal or a decade of it: "20" is not the start of 2021 (reader QA: "Data 20 Articles").
  if (/^\d+$/.test(word)) return page.text.startsWith(word) && /^(?:st|nd|rd|th|s)?$/.test(page.text.slice(word.length));
  if (!page.text.startsWith(word)) return !page.pinyin && sameStem(word, page.text);
  // An English word: any start, as the reader types it ("beiji" finds Beijing, "mini" mining), even where it
  // could be romanised Chinese ("guoji" finds "Guojia"). Pinyin: where a syllable surely ends (guoji is not guojia·an).
  if (page.text.length === word.length || !page.pinyin) return true;
  return syllableBoundaries(page.text).size === 0 || clearBoundaries(page.text).has(word.length);
}

/** Words of one whitespace-separated word of page text, marked as pinyin when it carries tone marks; a hyphenated word also whole. */
export function textWords(word: string): PageWord[] {
  const pinyin = /[\u0300-\u036f]/.test(word.normalize('NFD')) && !hasHan(word);
  const words = wordsOf(word);
  if (words.length > 1 && /\p{L}-\p{L}/u.test(word)) words.push(wordsOf(word.replaceAll('-', '')).join(''));
  return words.map((text) => ({ text, pinyin }));
}

const ENGLISH_FIELDS = ['title', 'name', 'authors', 'publisher'];
const PINYIN_FIELDS = ['forms', 'whole', 'terms', 'words', 'pinyin', 'hanzi'];

/** Each record's words, split once: the check and the ordering both read them. */
const wordsOfRecord = new WeakMap<RecordText, PageWord[]>();

/** The most words of text in pinyin joined into one page word: a name or term, not a paragraph. */
const JOINED_TEXT_WORDS = 6;

/**
 * Consecutive words of the text written in pinyin with tones ("xīn zhì shēngchǎnlì"), joined from
 * each word on (xinzhishengchanli, zhishengchanli): the text's own romanisation of a phrase holds
 * it together, as the index's pinyin forms of its hanzi do. Punctuation after a word ends the phrase.
 */
export function joinedPinyinText(content: string): PageWord[] {
  const joined: PageWord[] = [];
  let phrase: string[] = [];
  const end = () => {
    joined.push(...joinedFromEachWord(phrase, JOINED_TEXT_WORDS).map((text) => ({ text, pinyin: true })));
    phrase = [];
  };
  for (const word of content.split(/\s+/)) {
    const words = textWords(word);
    if (words.length === 0 || !words.every((page) => page.pinyin)) end();
    else phrase.push(wordsOf(word).join(''));
    if (/[^\p{L}\p{N}]$/u.test(word)) end();
  }
  end();
  return joined;
}

/** Every searchable word of a record: its text and its searchable metadata. */
export function recordWords(record: RecordText): PageWord[] {
  const known = wordsOfRecord.get(record);
  if (known) return known;
  const words = record.content.split(/\s+/).flatMap(textWords);
  words.push(...joinedPinyinText(record.content));
  for (const field of ENGLISH_FIELDS) words.push(...wordsOf(record.meta[field] ?? '').map((text) => ({ text, pinyin: false })));
  for (const field of PINYIN_FIELDS) words.push(...wordsOf(record.meta[field] ?? '').map((text) => ({ text, pinyin: true })));
  wordsOfRecord.set(record, words);
  return words;
}

/**
 * A query typed syllable by syllable ("xin zhi sheng chan li"): its words are pinyin, so an
 * English word that only starts with one ("chan" of "changes", "li" of "likely") does not hold it.
 */
const bySyllable = (queryWords: readonly string[]) => queryWords.length >= 3 && queryWords.every(isSyllable);

/**
 * A query of several words, each pinyin ("xiao qiang", "xin zhi sheng chan li", "shuzi zhengfu"),
 * names one Chinese word or phrase: pinyin words hold it only when its words start one of them
 * together (xiaoqiang of 萧强), not apart (xiao of 高效 and qiang of 加强), as its hanzi would be
 * found only where they are written together. Words of English ("Xiao Qiang" in the text) hold it
 * word by word if whole (matcherFor), or in a row with the last word being typed (inRow); syllables
 * typed apart only in a row ("Lu Wei … you" is not wei you, 未有).
 */
export const pinyinPhrase = (queryWords: readonly string[]): boolean => queryWords.length > 1 && queryWords.every(isPinyin);

/** A query word held whole: an English word as a word or a stem, not only its start ("li" of "likely"); pinyin and hanzi as wordMatches. */
const heldWhole = (word: string, page: PageWord) => (page.pinyin || hasHan(word) ? wordMatches(word, page) : page.text === word || sameStem(word, page.text));

/** Some pinyin word of the page starts with the query's words run together (xiaoqiang, wangluoanquanfa); `partial`: its last syllable may be unfinished (typed-prefix.ts). */
export const runTogether = (words: readonly PageWord[], queryWords: readonly string[], partial = false) =>
  words.some((page) => page.pinyin && (wordMatches(queryWords.join(''), page) || (partial && startsPinyin(queryWords.join(''), page))));

/**
 * How this query's words match page words: `wordMatches`, but whole English words only for a query
 * typed syllable by syllable, and for a pinyin phrase (pinyinPhrase).
 */
export function matcherFor(queryWords: readonly string[]): (word: string, page: PageWord) => boolean {
  if (bySyllable(queryWords)) return (word, page) => (page.pinyin ? wordMatches(word, page) : page.text === word);
  if (pinyinPhrase(queryWords)) return heldWhole;
  // The last word may be being typed: a word of the stem of what it may become holds it too ("formulati", "formulated").
  const last = queryWords.at(-1);
  const stems = last === undefined ? new Set<string>() : typedStems(last);
  return (word, page) => wordMatches(word, page) || (word === last && !page.pinyin && stems.size > 0 && word.slice(0, 3) === page.text.slice(0, 3) && stems.has(stemmer(page.text)));
}

/** The words of the text and of each English field, in their order, to find a phrase written word by word. */
export function wordSequences(record: RecordText): string[][] {
  return [record.content, ...ENGLISH_FIELDS.map((field) => record.meta[field] ?? '')].map(wordsOf);
}

/** The query's words in a row in the text or a field, the last only as a start (it may still be being typed: "xiao qia"). */
function inRow(record: RecordText, queryWords: string[]): boolean {
  const last = queryWords.length - 1;
  const matches = (word: string, index: number, text: string | undefined) => text !== undefined && (index === last ? text.startsWith(word) : text === word);
  return wordSequences(record).some((sequence) => sequence.some((_, start) => queryWords.every((word, index) => matches(word, index, sequence[start + index]))));
}

/**
 * True when every query word matches a word of the record (a pinyin phrase: see pinyinPhrase).
 * `partial`: the last word may also start a pinyin word mid-syllable, being typed ("gaozhil").
 */
export function holdsQuery(record: RecordText, queryWords: string[], partial = false): boolean {
  const words = recordWords(record);
  const strict = matcherFor(queryWords);
  const last = queryWords.length - 1;
  const matches = (word: string, page: PageWord, index: number) => strict(word, page) || (partial && index === last && startsPinyin(word, page));
  if (!pinyinPhrase(queryWords)) return queryWords.every((word, index) => words.some((page) => matches(word, page, index)));
  // English words hold it whole; syllables typed apart only in a row ("Lu Wei … you" is not wei you, 未有), as
  // words of English may all read as pinyin too ("data AI": da·ta ai).
  const apart = !queryWords.every(isSyllable) && queryWords.every((word, index) => words.some((page) => !page.pinyin && matches(word, page, index)));
  return runTogether(words, queryWords, partial) || apart || inRow(record, queryWords);
}

/**
 * How well a record holds a query, for ordering the records that hold it: one point for each query
 * word it holds whole (as a word, a stem, pinyin syllables or hanzi, not only as the start of a longer
 * English word: "fa" of "factors"), and as many again when the words run together in one pinyin
 * word ("wangluo anquan fa" in 网络安全法's wangluoanquanfa, where 网络, 安全 and 发展 apart hold each).
 */
export function matchStrength(record: RecordText, queryWords: string[]): number {
  const words = recordWords(record);
  const held = queryWords.filter((word) => words.some((page) => heldWhole(word, page))).length;
  const together = queryWords.length > 1 && !queryWords.some(hasHan) && runTogether(words, queryWords);
  return held + (together ? queryWords.length : 0);
}
