/**
 * A dictionary reading of one word: pinyin from pinyin-pro checked against CC-CEDICT, the
 * traditional form from OpenCC, CC-CEDICT's senses, and where CC-CEDICT lacks the word, the
 * readings of its parts. Used for the site's dictionary cards and the editors' term scaffold.
 */
import { createRequire } from 'node:module';
import type { DictionaryWord, WordPart } from '../../core/dictionary.ts';
import { comparablePinyin, loadReadings } from '../lint/content-lint.ts';
import type { Cedict, CedictEntry } from './cedict.ts';

const require = createRequire(import.meta.url);

/**
 * CC-CEDICT's numbered syllables ("lu:4 se4", "le5", "A1 li3") in tone marks, one string per
 * syllable. pinyin-pro marks lower-case syllables only ("A1" stays as it is, "Ou1" becomes "Oū"),
 * so a proper name's capital is set again after marking.
 */
export function markedSyllables(numbered: string): string[] {
  const { convert } = require('pinyin-pro') as typeof import('pinyin-pro');
  return numbered.split(' ').map((syllable) => {
    const marked = convert(syllable.toLowerCase().replace(/u:/g, 'ü'), { format: 'numToSymbol' }).replace(/5$/, '');
    return /^\p{Lu}/u.test(syllable) ? marked.charAt(0).toUpperCase() + marked.slice(1) : marked;
  });
}

/**
 * Syllables written as pinyin words: CC-CEDICT capitalises the first syllable of each word of a
 * name (Xi2 Jin4 ping2 → Xí Jìnpíng, Zhong1 guo2 Gong4 chan3 dang3 → Zhōngguó Gòngchǎndǎng), and
 * inside a word a syllable starting with a, o or e takes an apostrophe (xī'ān). Punctuation such as
 * a name's "·" stands between words without spaces.
 */
export function joinSyllables(syllables: readonly string[]): string {
  let text = '';
  syllables.forEach((syllable, index) => {
    const previous = syllables[index - 1];
    const afterLetter = previous !== undefined && /\p{L}$/u.test(previous);
    if (afterLetter && /^\p{Lu}/u.test(syllable)) text += ' ';
    else if (afterLetter && /^[aeoāáǎàēéěèōóǒò]/.test(syllable)) text += "'";
    text += syllable;
  });
  return text;
}

/** CC-CEDICT's numbered reading of a headword as pinyin words: "Xi2 Jin4 ping2" → "Xí Jìnpíng". */
const readingOf = (numbered: string) => joinSyllables(markedSyllables(numbered));

/** pinyin-pro's citation reading of each character (no tone sandhi, as dictionaries write it); '' for a character it cannot read. */
export function characterSyllables(hanzi: string): string[] {
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  return pinyin(hanzi, { toneSandhi: false, type: 'array' }).map((syllable) => (/\p{Script=Han}/u.test(syllable) ? '' : syllable));
}

/** CC-CEDICT's cross-reference: traditional|simplified[numbered pinyin], or one form only. */
const CROSS_FORM = /(?:[^\s|[\],;:()]+\|)?([^\s|[\],;:()]+)\[([a-zA-Z:]+[1-5]?(?: [a-zA-Z:]+[1-5]?)*)\]/g;
/** A bare numbered reading: "Taiwan pr. [zhi2]". */
const BARE_READING = /\[([a-zA-Z:]+[1-5](?: [a-zA-Z:]+[1-5]?)*)\]/g;

/**
 * A sense as a reader reads it: CC-CEDICT's notation for other words (笔|笔[bi3], CL: for measure
 * words) in hanzi and tone marks: "CL:筆|笔[bi3]" → "measure word: 笔 (bǐ)".
 */
export function readableSense(sense: string): string {
  return sense
    .replace(/^CL:/, 'measure word: ')
    .replace(CROSS_FORM, (_, simplified: string, numbered: string) => `${simplified} (${readingOf(numbered)})`)
    .replace(BARE_READING, (_, numbered: string) => readingOf(numbered));
}

/** Senses that only point elsewhere ("variant of 據|据", "used in 傢伙", "see 西安市"). */
const CROSS_REFERENCE = /^(\(.*?\) )?(old |archaic |erhua |unofficial |Japanese )?(variant of|used in|see )/;

/**
 * CC-CEDICT's entries ordered for a card: the reading pinyin-pro agrees with first, then the entry
 * of the word's own traditional form (家 rather than 傢), common words before proper names, and
 * entries that only point elsewhere last.
 */
export function rankEntries(entries: readonly CedictEntry[], reading: string, traditional: string): CedictEntry[] {
  const agrees = (entry: CedictEntry) => comparablePinyin(markedSyllables(entry.numbered).join('')) === comparablePinyin(reading);
  const rank = (entry: CedictEntry) =>
    (agrees(entry) ? 0 : 8) + (entry.senses.every((sense) => CROSS_REFERENCE.test(sense)) ? 4 : 0) + (entry.traditional === traditional ? 0 : 2) + (/^[A-Z]/.test(entry.numbered) ? 1 : 0);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/**
 * The parts of a word CC-CEDICT lacks: at each place the longest word CC-CEDICT has (战略部署 →
 * 战略 · 部署), else one character, each with its reading and its first sense for that reading.
 */
export function partReadings(hanzi: string, syllables: readonly string[], cedict: Cedict): WordPart[] {
  const chars = [...hanzi];
  const parts: WordPart[] = [];
  for (let start = 0; start < chars.length; ) {
    // The whole word is not in CC-CEDICT (else it has no parts): start below it.
    let end = Math.max(start + 1, start === 0 ? chars.length - 1 : chars.length);
    while (end > start + 1 && cedict.lookup(chars.slice(start, end).join('')).length === 0) end--;
    const part = chars.slice(start, end).join('');
    const reading = syllables.slice(start, end);
    const entry = rankEntries(cedict.lookup(part), reading.join(''), loadReadings().traditional(part))[0];
    const pinyin = entry ? readingOf(entry.numbered) : joinSyllables(reading);
    const gloss = entry?.senses[0];
    parts.push(gloss === undefined ? { hanzi: part, pinyin } : { hanzi: part, pinyin, gloss: readableSense(gloss) });
    start = end;
  }
  return parts;
}

/** A word's reading: its dictionary record less where it is used, which the corpus gives. */
export type WordReading = Omit<DictionaryWord, 'articles'>;

export function readWord(hanzi: string, cedict: Cedict): WordReading {
  const syllables = characterSyllables(hanzi);
  const traditional = loadReadings().traditional(hanzi);
  const ranked = rankEntries(cedict.lookup(hanzi), syllables.join(''), traditional);
  // A word CC-CEDICT lacks is read by its parts; so is a single character it lacks.
  const parts = ranked.length === 0 ? partReadings(hanzi, syllables, cedict) : [];
  return {
    hanzi,
    ...(traditional !== hanzi ? { traditional } : {}),
    // CC-CEDICT's reading wins where the two disagree: it is read per word, pinyin-pro per character in context.
    pinyin: ranked[0] ? readingOf(ranked[0].numbered) : joinSyllables(syllables),
    entries: ranked.map((entry) => ({ pinyin: readingOf(entry.numbered), senses: entry.senses.map(readableSense) })),
    parts,
  };
}
