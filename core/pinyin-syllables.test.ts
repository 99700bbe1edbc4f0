/** Pinyin syllable boundaries (pinyin-syllables.ts). */
import { describe, expect, it } from 'vitest';
import { isPinyin, syllableBoundaries } from './pinyin-syllables.ts';

describe('pinyin syllables', () => {
  it('finds where syllables end in a run of toneless pinyin', () => {
    expect([...syllableBoundaries('xinxihua')].sort((a, b) => a - b)).toEqual([0, 3, 5, 7, 8]); // xin·xi·hua, or xin·xi·hu·a
    expect(syllableBoundaries('xinxing').has(5)).toBe(false);
    expect(syllableBoundaries('xinxing').has(3)).toBe(true);
  });

  it('keeps every boundary of an ambiguous run (xian is xian or xi·an)', () => {
    expect(syllableBoundaries('xian').has(2)).toBe(true);
  });

  it('tells pinyin from English', () => {
    expect(isPinyin('gaozhiliangfazhan')).toBe(true);
    expect(isPinyin('lvse')).toBe(true);
    expect(isPinyin('governance')).toBe(false);
    expect(isPinyin('')).toBe(false);
  });
});
