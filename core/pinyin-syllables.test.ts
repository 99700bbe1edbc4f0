/** Pinyin syllable boundaries (pinyin-syllables.ts). */
import { describe, expect, it } from 'vitest';
import { clearBoundaries, isPinyin, syllableBoundaries } from './pinyin-syllables.ts';

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

describe('clear syllable boundaries', () => {
  it('leave out a boundary before a, o or e that another split puts inside a syllable (measure:search: "guo ji" listed 国家安全 guojiaanquan)', () => {
    expect(clearBoundaries('guojiaanquan').has(5)).toBe(false); // guo·ji·a·an·quan
    expect(clearBoundaries('guojiaanquan').has(6)).toBe(true); // guo·jia·an·quan
    expect(clearBoundaries('gaozhiliangfazhan').has(8)).toBe(false); // zhi·li·ang, not zhi·liang
    expect(clearBoundaries('xinxihua').has(7)).toBe(false); // xin·xi·hu·a
  });

  it('keep the boundaries every split shares, and those before consonants', () => {
    expect([...clearBoundaries('xinxihua')].sort((a, b) => a - b)).toEqual([0, 3, 5, 8]);
    expect(clearBoundaries('fangan').has(3)).toBe(true); // fan·gan or fang·an: a consonant starts the next syllable
    expect(clearBoundaries('jiaan').has(3)).toBe(true); // jia·an: no split puts it inside a syllable
    expect(clearBoundaries('governance').size).toBe(0);
  });
});
