/**
 * Whether a page holds a quoted phrase, and where its text does (for the excerpt). A phrase is its
 * words whole and in a row, as written: no stems and no starts of longer words, as a reader who
 * quotes means (Pagefind's own quoted search matches stems: "data trading" found "data trade").
 * The text and the English fields (title, names, authors, publisher) are read word by word; a
 * phrase of pinyin is also held where the page's pinyin has its words run together (a Chinese
 * word or phrase, match-words.ts), and hanzi inside a run of hanzi.
 */
import { hasHan } from '../../../core/chinese-text.ts';
import { isPinyin } from '../../../core/pinyin-syllables.ts';
import { recordWords, runTogether, wordSequences, wordsOf, type RecordText } from './match-words.ts';
import type { Phrase } from './query-parts.ts';

/** A phrase word against a page word: hanzi inside its run; else whole, or its start while the phrase's last word is being typed. */
const sameWord = (wanted: string, page: string, typing: boolean) => (hasHan(wanted) ? page.includes(wanted) : typing ? page.startsWith(wanted) : page === wanted);

/** Where `phrase` starts in `sequence` (folded words), each start once. */
export function phraseStarts(sequence: readonly string[], phrase: Phrase): number[] {
  const last = phrase.words.length - 1;
  const starts: number[] = [];
  for (let start = 0; start + last < sequence.length; start++) {
    if (phrase.words.every((word, offset) => sameWord(word, sequence[start + offset], phrase.open && offset === last))) starts.push(start);
  }
  return starts;
}

/** The phrase's words are all pinyin: a Chinese word or phrase typed by its syllables or words. */
const isPinyinPhrase = (phrase: Phrase) => phrase.words.every((word) => !hasHan(word) && isPinyin(word));

export function holdsPhrase(record: RecordText, phrase: Phrase): boolean {
  if (wordSequences(record).some((sequence) => phraseStarts(sequence, phrase).length > 0)) return true;
  return isPinyinPhrase(phrase) && runTogether(recordWords(record), phrase.words);
}

/** Phrases the excerpt marks as runs of the text's words: those of English (pinyin and hanzi are marked as words, excerpt.ts). */
export const markedAsRun = (phrase: Phrase) => !phrase.words.some(hasHan) && !isPinyinPhrase(phrase);

/**
 * Where a phrase occurs in text split at whitespace (`words`, as the excerpt numbers them): the
 * index of the first word of each occurrence → how many words it spans ("rural e-commerce": 2).
 */
export function phraseRuns(words: readonly string[], phrase: Phrase): Map<number, number> {
  const folded: string[] = [];
  const from: number[] = [];
  words.forEach((word, index) => {
    for (const part of wordsOf(word)) {
      folded.push(part);
      from.push(index);
    }
  });
  const runs = new Map<number, number>();
  for (const start of phraseStarts(folded, phrase)) runs.set(from[start], from[start + phrase.words.length - 1] - from[start] + 1);
  return runs;
}
