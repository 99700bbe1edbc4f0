/**
 * generated/dictionary.json built with the readings an earlier build kept (the conversion cache's):
 * the same file as a fresh build, a known word not read again, a word no longer used forgotten.
 */
import { describe, expect, it } from 'vitest';
import { buildDictionary } from './dictionary-file.ts';
import type { WordReading } from './word-reading.ts';

describe('the dictionary from kept readings', () => {
  it('equals a fresh build, names applied over a kept reading', () => {
    const kept = new Map<string, WordReading>();
    buildDictionary([{ slug: 'a', words: ['鲁炜', '数据', '厘清'] }], kept);
    expect([...kept.keys()].sort()).toEqual(['厘清', '数据', '鲁炜']);
    const articles = [{ slug: 'b', words: ['鲁炜', '数据'], names: { 鲁炜: 'Lu Wei' } }];
    expect(buildDictionary(articles, kept)).toEqual(buildDictionary(articles));
    expect([...kept.keys()].sort()).toEqual(['数据', '鲁炜']);
  });

  it('takes a kept reading instead of reading the word again', () => {
    const kept = new Map<string, WordReading>([['数据', { hanzi: '数据', pinyin: 'kept', entries: [], parts: [] }]]);
    expect(buildDictionary([{ slug: 'a', words: ['数据'] }], kept).words['数据'].pinyin).toBe('kept');
  });
});
