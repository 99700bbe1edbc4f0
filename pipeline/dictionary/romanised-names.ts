/**
 * A person's name beside its romanisation, as English texts give Chinese names: "Lu Wei 鲁炜",
 * "Wang Xiang (王翔)", "鲁炜 (Lu Wei)", or written out elsewhere in the article. When capitalised
 * words spell a word's reading, the word is that name: its card then reads it as a name, not by
 * the senses of its characters (鲁 "crass", 炜 "glowing").
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

/** Capitalised words in a row, as a name is romanised ("Xiao Qiang", "Premier Li Keqiang"). */
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*)+/gu;

/**
 * Every two or three capitalised words in a row in `text`, by their letters without tones or
 * spaces ("xiaoqiang" → "Xiao Qiang"): the names an article romanises somewhere, not always beside
 * their hanzi ("Xiao Qiang" in the text, 总编辑萧强 in a quotation).
 */
export function romanisationsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(' ');
    for (let start = 0; start < words.length - 1; start++) {
      for (const length of [2, 3]) {
        if (start + length > words.length) continue;
        const written = words.slice(start, start + length).join(' ');
        const key = tonelessPinyin(written);
        if (!found.has(key)) found.set(key, written);
      }
    }
  }
  return found;
}

/** The romanisation among `romanisations` (romanisationsIn) that spells `word`'s reading: a name the article writes out elsewhere. */
export function romanisedElsewhere(word: string, romanisations: ReadonlyMap<string, string>): string | undefined {
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
