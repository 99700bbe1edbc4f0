/**
 * Splits a run of hanzi into words. Two methods, compared on a gold segmentation by
 * scripts/bench/segmentation-quality.ts: jieba (@node-rs/jieba, its own dictionary) and forward
 * longest match against CC-CEDICT. Both take the glossary's hanzi as extra words, so the policy
 * compounds an editor curated stay whole.
 */
import { createRequire } from 'node:module';
import type { Cedict } from './cedict.ts';

export type Segment = (run: string) => string[];

/** Above any frequency in jieba's own dictionary, so a glossary compound is never split. */
const USER_WORD_FREQUENCY = 1_000_000;

type Jieba = import('@node-rs/jieba').Jieba;

/** jieba with its own dictionary, made by `preloadJieba` before it was needed; taken by the first segmenter. */
let preloaded: Jieba | undefined;

function jiebaWithDict(): Jieba {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict');
  return Jieba.withDict(dict);
}

/**
 * Loads jieba's dictionary (a quarter of a second) ahead of the first segmenter: a conversion
 * thread does it while it waits for its first articles, which need the glossary parsed first.
 */
export function preloadJieba(): void {
  preloaded ??= jiebaWithDict();
}

/** jieba's word graph with the glossary's words added; `hmm` lets it guess words no dictionary has. */
export function jiebaSegmenter(userWords: readonly string[], { hmm = false } = {}): Segment {
  const jieba = preloaded ?? jiebaWithDict();
  preloaded = undefined;
  const words = [...new Set(userWords)].filter((word) => word !== '');
  if (words.length > 0) jieba.loadDict(Buffer.from(words.map((word) => `${word} ${USER_WORD_FREQUENCY}\n`).join('')));
  return (run) => jieba.cut(run, hmm);
}

/** Forward maximum matching: at each position the longest CEDICT headword or glossary word, else one character. */
export function longestMatchSegmenter(cedict: Cedict, userWords: readonly string[]): Segment {
  const extra = new Set(userWords);
  const longest = Math.max(cedict.longestWord, ...[...extra].map((word) => [...word].length));
  const known = (word: string) => extra.has(word) || cedict.lookup(word).length > 0;
  return (run) => {
    const chars = [...run];
    const words: string[] = [];
    for (let start = 0; start < chars.length; ) {
      let end = Math.min(chars.length, start + longest);
      while (end > start + 1 && !known(chars.slice(start, end).join(''))) end--;
      words.push(chars.slice(start, end).join(''));
      start = end;
    }
    return words;
  };
}
