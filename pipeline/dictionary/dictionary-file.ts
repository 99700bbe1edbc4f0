/**
 * generated/dictionary.json: one reading per word the articles' dictionary cards use, written once
 * however often the word occurs. Keys sorted, so the same content gives the same bytes.
 */
import { CEDICT_NOTICE, loadCedictFor } from './cedict.ts';
import { readWord } from './word-reading.ts';
import type { DictionaryFile } from '../../core/dictionary.ts';

export function buildDictionary(articles: readonly { words: readonly string[] }[]): DictionaryFile {
  const words = [...new Set(articles.flatMap((article) => article.words))].sort();
  // readWord looks up each word and, for a word CC-CEDICT lacks, its characters.
  const cedict = loadCedictFor(new Set(words.flatMap((word) => [word, ...word])));
  return { notice: CEDICT_NOTICE, cedictDate: cedict.date, words: Object.fromEntries(words.map((word) => [word, readWord(word, cedict)])) };
}

export const serializeDictionary = (articles: readonly { words: readonly string[] }[]) => `${JSON.stringify(buildDictionary(articles))}\n`;
