/**
 * generated/dictionary.json: one reading per word the articles' dictionary cards use, written once
 * however often the word occurs, with the articles that use it. Keys sorted, so the same content
 * gives the same bytes.
 */
import { CEDICT_NOTICE, cedictDate, loadCedictFor } from './cedict.ts';
import { legalDivision } from './legal-divisions.ts';
import { nameReading } from './romanised-names.ts';
import { readWord, type WordReading } from './word-reading.ts';
import type { DictionaryFile } from '../../core/dictionary.ts';

type UsingArticle = { slug: string; words: readonly string[]; names?: Readonly<Record<string, string>> };

/**
 * `readings`: each word's reading as `readWord` gives it, kept between builds (the conversion
 * cache's) so that a known word is not read again; afterwards it holds exactly the words used.
 */
export function buildDictionary(articles: readonly UsingArticle[], readings = new Map<string, WordReading>()): DictionaryFile {
  const usedBy = new Map<string, string[]>();
  /** The first romanisation the articles (in file order) give each word. */
  const names = new Map<string, string>();
  for (const { slug, words, names: named = {} } of articles) {
    for (const word of new Set(words)) usedBy.set(word, [...(usedBy.get(word) ?? []), slug]);
    for (const [word, name] of Object.entries(named)) if (!names.has(word)) names.set(word, name);
  }
  const words = [...usedBy.keys()].sort();
  for (const word of readings.keys()) if (!usedBy.has(word)) readings.delete(word);
  // readWord looks up each word and, for a word CC-CEDICT lacks, the words inside it.
  const unread = words.filter((word) => !readings.has(word));
  const cedict = unread.length > 0 ? loadCedictFor(new Set(unread.flatMap(innerWords))) : undefined;
  const reading = (word: string) => readings.get(word) ?? readings.set(word, readWord(word, cedict!)).get(word)!;
  return { notice: CEDICT_NOTICE, cedictDate: cedict?.date ?? cedictDate(), words: Object.fromEntries(words.map((word) => [word, { ...readDivision(readName(reading(word), names.get(word))), articles: usedBy.get(word)! }])) };
}

/** A numbered division of a legal text CC-CEDICT lacks (第二十五条) reads as what it numbers, not by its characters. */
function readDivision(reading: WordReading): WordReading {
  const division = reading.entries.length === 0 ? legalDivision(reading.hanzi) : undefined;
  return division ? { ...reading, parts: [], division } : reading;
}

/** A word CC-CEDICT lacks that an article romanises as a name is read as that name, not by the senses of its characters. */
function readName(reading: WordReading, romanised: string | undefined): WordReading {
  const pinyin = romanised && reading.entries.length === 0 ? nameReading(reading.hanzi, romanised) : undefined;
  return pinyin ? { ...reading, pinyin, parts: [], name: romanised } : reading;
}

/** A word and every run of characters inside it: what reading it by its parts may look up. */
function innerWords(word: string): string[] {
  const chars = [...word];
  const runs: string[] = [];
  for (let start = 0; start < chars.length; start++) for (let end = start + 1; end <= chars.length; end++) runs.push(chars.slice(start, end).join(''));
  return runs;
}

export const serializeDictionary = (articles: readonly UsingArticle[], readings?: Map<string, WordReading>) => `${JSON.stringify(buildDictionary(articles, readings))}\n`;
