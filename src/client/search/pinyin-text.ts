/**
 * Where a page's text writes what a pinyin query reads, for the excerpt to show and mark (reader QA:
 * `guo ji` found the article writing 履行国际义务 through its searchable forms, but its excerpt was
 * the list of terms with guójiā marked, a different word): the hanzi whose readings are the
 * query's syllables, and runs of words written in pinyin or romanised ("Xiao Qiang", "Guojia
 * anquan") that hold the query's words together.
 */
import { bareHanRuns, hasHan } from '../../../core/chinese-text.ts';
import { clearBoundaries, isPinyin, isSyllable } from '../../../core/pinyin-syllables.ts';
import { toneless, umlautVariants } from '../../../core/search-text.ts';
import { wordsOf, type RecordText } from './match-words.ts';

/** Every query word pinyin (a word or a phrase typed as pinyin), none hanzi. */
export const readsAsPinyin = (queryWords: readonly string[]): boolean => queryWords.length > 0 && queryWords.every((word) => !hasHan(word) && isPinyin(word));

/** The page's words and their toneless readings (meta `readings`: "国际 guoji 义务 yiwu", core/article-search-words.ts). */
export function readingsOf(record: RecordText): Map<string, string> {
  const tokens = (record.meta.readings ?? '').split(/\s+/).filter(Boolean);
  const readings = new Map<string, string>();
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (hasHan(tokens[index]) && !hasHan(tokens[index + 1])) readings.set(tokens[index], toneless(tokens[index + 1]));
  }
  return readings;
}

/** A word's reading as one syllable per character ("xian" of 西安: xi, an), or undefined when it does not split so. */
export function syllablesOf(reading: string, characters: number): string[] | undefined {
  if (characters === 0) return reading === '' ? [] : undefined;
  for (let length = Math.min(6, reading.length); length >= 1; length--) {
    const first = reading.slice(0, length);
    if (!isSyllable(first)) continue;
    const rest = syllablesOf(reading.slice(length), characters - 1);
    if (rest) return [first, ...rest];
  }
  return undefined;
}

/**
 * A run of hanzi as one reading per character, its words found longest first among the page's words
 * (undefined where none is known), and for each character where its word starts and ends.
 */
function runSyllables(run: string, readings: Map<string, string>, longest: number): { syllables: (string | undefined)[]; wordStarts: number[]; wordEnds: number[] } {
  const characters = [...run];
  const syllables: (string | undefined)[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (let at = 0; at < characters.length; ) {
    let length = Math.min(longest, characters.length - at);
    let split: string[] | undefined;
    for (; length >= 1 && !split; length--) {
      const reading = readings.get(characters.slice(at, at + length).join(''));
      split = reading === undefined ? undefined : syllablesOf(reading, length);
    }
    const taken = split ?? [undefined];
    syllables.push(...taken);
    wordStarts.push(...new Array<number>(taken.length).fill(at));
    at += taken.length;
    wordEnds.push(...new Array<number>(taken.length).fill(at));
  }
  return { syllables, wordStarts, wordEnds };
}

/**
 * The hanzi of the text whose readings are the query's syllables, joined (`guo ji` → 国际 of
 * 履行国际义务; `wangxinban` → 网信办), each distinct string once. Syllables that start a word of
 * the page and stop one syllable short of its end run on to it (`xi jin` → 习近平, not 习近): the
 * reader is typing it, as an English word being typed is marked whole ("beiji" marks Beijing). Not
 * further: a term's whole name is one word of the page too (厘清政府和市场关系), and `li qing` is not it.
 */
export function hanziReadAs(record: RecordText, queryWords: readonly string[]): string[] {
  if (!readsAsPinyin(queryWords)) return [];
  const readings = readingsOf(record);
  if (readings.size === 0) return [];
  const wanted = queryWords.join('');
  const longest = Math.max(...[...readings.keys()].map((word) => [...word].length));
  const found = new Set<string>();
  for (const [run] of bareHanRuns(record.content)) {
    const characters = [...run];
    const { syllables, wordStarts, wordEnds } = runSyllables(run, readings, longest);
    for (let start = 0; start < characters.length; start++) {
      let at = 0;
      let end = start;
      while (at < wanted.length && end < characters.length) {
        const syllable = syllables[end];
        // ü typed as v or u, as the index's forms allow.
        if (syllable === undefined || !umlautVariants(syllable).includes(wanted.slice(at, at + syllable.length))) break;
        at += syllable.length;
        end++;
      }
      const typing = at === wanted.length && wordStarts[start] === start && wordEnds[end - 1] === end + 1;
      if (at === wanted.length) found.add(characters.slice(start, typing ? end + 1 : end).join(''));
    }
  }
  return [...found];
}

/**
 * Where the text's words (split at whitespace, as the excerpt numbers them) hold a pinyin phrase
 * together: words read as pinyin, joined, equal to the query's words joined or starting with them
 * where a syllable surely ends (Guojia anquan for `guo jia an quan`; "guójiā" is not `guo ji`), or
 * the query's words in a row, the last being typed ("Xiao Qia…"). The first word → the run's length.
 */
export function pinyinRuns(words: readonly string[], queryWords: readonly string[]): Map<number, number> {
  const runs = new Map<number, number>();
  const wanted = queryWords.join('');
  // A name's possessive is no part of it ("Xí Jìnpíng’s", "Li Keqiang's").
  const bare = words.map((word) => word.replace(/(?<=\p{L})['’]s(?=[^\p{L}\p{N}]*$)/u, ''));
  const folded = bare.map((word) => wordsOf(word).join(''));
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < wanted.length; end++) {
      if (!isPinyin(folded[end]) || wordsOf(bare[end]).length !== 1) break;
      joined += folded[end];
      const inRow = end - start === queryWords.length - 1 && queryWords.every((word, offset) => (offset === queryWords.length - 1 ? folded[start + offset].startsWith(word) : folded[start + offset] === word));
      const together = joined === wanted || (joined.startsWith(wanted) && clearBoundaries(joined).has(wanted.length));
      if (inRow || together) {
        runs.set(start, end - start + 1);
        break;
      }
    }
  }
  return runs;
}
