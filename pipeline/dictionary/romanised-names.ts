/**
 * A person's name beside its romanisation, as English texts give Chinese names: "Lu Wei 鲁炜",
 * "Wang Xiang (王翔)", "鲁炜 (Lu Wei)". When the capitalised words beside a word spell its
 * reading, the word is that name: its card then reads it as a name, not by the senses of its
 * characters (鲁 "crass", 炜 "glowing").
 */
import { tonelessPinyin } from '../../core/search-text.ts';
import { characterSyllables } from './word-reading.ts';

/** One to three capitalised words right before the hanzi, an opening bracket allowed between. */
const BEFORE = /((?:\p{Lu}[\p{Ll}'’]*[ -]){0,2}\p{Lu}[\p{Ll}'’]*)[ \u00a0]*[(（]?[ \u00a0]*$/u;
/** The same in brackets right after the hanzi. */
const AFTER = /^[ \u00a0]*[(（][ \u00a0]*((?:\p{Lu}[\p{Ll}'’]*[ -]){0,2}\p{Lu}[\p{Ll}'’]*)[ \u00a0]*[)）]/u;
/** A Chinese name is two or three characters long (four-character words are idioms and slogans). */
const NAME_LENGTH = { min: 2, max: 3 };

/** Whether `romanised` spells the reading of `word`, syllable for syllable. */
function spellsReading(romanised: string, word: string): boolean {
  const syllables = characterSyllables(word);
  return !syllables.includes('') && tonelessPinyin(romanised) === tonelessPinyin(syllables.join(''));
}

/** The romanisation standing beside `text.slice(start, end)` (a word of hanzi) when it spells the word's reading. */
export function romanisedName(text: string, start: number, end: number): string | undefined {
  const word = text.slice(start, end);
  const length = [...word].length;
  if (length < NAME_LENGTH.min || length > NAME_LENGTH.max) return undefined;
  // Before the hanzi, a title may precede the name ("Premier Li Keqiang"): its last words are tried too.
  const before = BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1].split(/\s+/u) ?? [];
  const candidates = [...before.map((_, index) => before.slice(index).join(' ')), AFTER.exec(text.slice(end, end + 60))?.[1]];
  return candidates.find((candidate) => candidate !== undefined && spellsReading(candidate, word))?.replace(/\s+/gu, ' ');
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
