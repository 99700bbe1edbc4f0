/**
 * A person's name and its romanisation, as English texts give Chinese names: "Lu Wei 鲁炜",
 * "Wang Xiang (王翔)", "鲁炜 (Lu Wei)", or the name written out elsewhere in the article. When two
 * or three capitalised words of the article spell a word's reading, the word is that name: its card
 * then reads it as a name, not by the senses of its characters (鲁 "crass", 炜 "glowing").
 */
import { tonelessPinyin } from '../../core/search-text.ts';
import { characterSyllables } from './word-reading.ts';

/** A Chinese name is two or three characters long (four-character words are idioms and slogans). */
const NAME_LENGTH = { min: 2, max: 3 };

const CAPITALISED_WORD = /\p{Lu}[\p{Ll}'’]*/gu;
/** Capitalised words in a row, as a name is romanised ("Xiao Qiang", "Premier Li Keqiang", "Ou-yang Xiu"). */
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}'’]*(?:[ \u00a0-]\p{Lu}[\p{Ll}'’]*)+/gu;

/**
 * Every two or three capitalised words in a row in `text`, by their letters without tones or
 * spaces ("xiaoqiang" → "Xiao Qiang"): the names an article romanises, beside their hanzi or
 * anywhere else ("Xiao Qiang" in the text, 总编辑萧强 in a quotation).
 */
export function romanisationsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = [...run.matchAll(CAPITALISED_WORD)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
    for (let start = 0; start < words.length - 1; start++) {
      for (const length of [2, 3]) {
        if (start + length > words.length) continue;
        const written = run.slice(words[start].start, words[start + length - 1].end).replace(/\u00a0/gu, ' ');
        const key = tonelessPinyin(written);
        if (!found.has(key)) found.set(key, written);
      }
    }
  }
  return found;
}

/** The romanisation among `romanisations` (romanisationsIn) that spells `word`'s reading, syllable for syllable: the name it is. */
export function romanisedName(word: string, romanisations: ReadonlyMap<string, string>): string | undefined {
  const length = [...word].length;
  if (romanisations.size === 0 || length < NAME_LENGTH.min || length > NAME_LENGTH.max) return undefined;
  const syllables = characterSyllables(word);
  return syllables.includes('') ? undefined : romanisations.get(tonelessPinyin(syllables.join('')));
}

/**
 * The name's reading in tone marks, split and capitalised as its romanisation is: "Lu Wei" and
 * lǔ, wěi → "Lǔ Wěi"; "Liu Liehong" and liú, liè, hóng → "Liú Lièhóng". Undefined when they do not line up.
 */
export function nameReading(word: string, romanised: string): string | undefined {
  const syllables = characterSyllables(word);
  const parts: string[] = [];
  let next = 0;
  for (const written of romanised.split(/[ -]/u)) {
    let part = '';
    while (next < syllables.length && tonelessPinyin(part) !== tonelessPinyin(written)) part += syllables[next++];
    if (tonelessPinyin(part) !== tonelessPinyin(written)) return undefined;
    parts.push(part.charAt(0).toUpperCase() + part.slice(1));
  }
  return next === syllables.length ? parts.join(' ') : undefined;
}
