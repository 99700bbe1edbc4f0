/** Whether a page really holds a query's words (match-words.ts). */
import { describe, expect, it } from 'vitest';
import { holdsQuery, matchStrength, textWords, wordMatches, wordsOf } from './match-words.ts';

const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });

describe('query words against page words', () => {
  it('matches English words by their start', () => {
    expect(wordMatches('informat', { text: 'informatization', pinyin: false })).toBe(true);
    expect(wordMatches('informatization', { text: 'inform', pinyin: false })).toBe(false);
  });

  it('matches an English word of the same stem, as Pagefind found it, and a hyphenated word written together', () => {
    expect(wordMatches('city', { text: 'cities', pinyin: false })).toBe(true);
    expect(wordMatches('policies', { text: 'policy', pinyin: false })).toBe(true);
    expect(wordMatches('news', { text: 'newly', pinyin: false })).toBe(false);
    expect(holdsQuery(page('Rural e-commerce grew.'), ['ecommerce'])).toBe(true);
    expect(holdsQuery(page('Smart cities are planned.'), ['smart', 'city'])).toBe(true);
  });

  it('matches pinyin only where a syllable ends', () => {
    expect(wordMatches('xinxi', { text: 'xinxihua', pinyin: true })).toBe(true);
    expect(wordMatches('xinxi', { text: 'xinxing', pinyin: true })).toBe(false);
    // A pinyin form that is not pinyin throughout (an English whole name) is matched by its start.
    expect(wordMatches('high', { text: 'highqualitydevelopment', pinyin: true })).toBe(true);
  });

  it('matches hanzi anywhere inside a run', () => {
    expect(wordMatches('质量', { text: '高质量发展', pinyin: false })).toBe(true);
    expect(wordMatches('质量发展', { text: '高质量', pinyin: false })).toBe(false);
  });

  it('folds case, tone marks and full-width forms, and treats text with tone marks as pinyin', () => {
    expect(wordsOf('Xìnxīhuà ＡＢＣ')).toEqual(['xinxihua', 'abc']);
    expect(textWords('xīnxíng,')).toEqual([{ text: 'xinxing', pinyin: true }]);
    expect(textWords('Internet')).toEqual([{ text: 'internet', pinyin: false }]);
  });
});

describe('a page holds a query', () => {
  it('rejects the single-letter matches Pagefind falls back to', () => {
    expect(holdsQuery(page('“Internet Plus X” denotes the internet applied to sector X.'), ['xyzzyq'])).toBe(false);
  });

  it('needs every word of the query, in the text or the searchable metadata', () => {
    const term = page('New infrastructure. 新型基础设施建设. xīnxíng jīchǔ shèshī jiànshè.', { forms: 'xinxing xinxingjichu', title: 'New infrastructure' });
    expect(holdsQuery(term, ['xinxi'])).toBe(false);
    expect(holdsQuery(term, ['xinxing', 'jichu'])).toBe(true);
    expect(holdsQuery(term, ['new', 'infra'])).toBe(true);
    expect(holdsQuery(term, ['new', 'zebra'])).toBe(false);
  });
});

describe('a query typed syllable by syllable', () => {
  it('is held by pinyin words and whole English words, not by English words that start with a syllable (reading QA: "xin zhi sheng chan li")', () => {
    const query = wordsOf('xin zhi sheng chan li');
    expect(holdsQuery(page('Changes will likely be made.', { words: 'xin zhi sheng' }), query)).toBe(false);
    expect(holdsQuery(page('New quality productive forces.', { words: 'xinzhishengchanli xin zhi sheng chan li' }), query)).toBe(true);
    expect(holdsQuery(page('Premier Li on the chan school.', { words: 'xin zhi sheng' }), query)).toBe(true);
    // Two syllables are still a prefix search: "li" of "likely".
    expect(holdsQuery(page('Changes will likely be made.'), wordsOf('chan li'))).toBe(true);
  });
});

describe('how well a page holds a query (the order of the articles that hold it)', () => {
  const query = wordsOf('wangluo anquan fa');
  // Both hold each word: the first only as pinyin words apart and "fa" as the start of "factors".
  const apart = page('Network security and factors of production.', { words: 'wangluo anquan fazhan' });
  const together = page('The Cybersecurity Law was revised.', { words: 'wangluoanquanfa anquanfa fa' });

  it('ranks a page whose pinyin runs the words together above one that holds them apart', () => {
    expect([holdsQuery(apart, query), holdsQuery(together, query)]).toEqual([true, true]);
    expect(matchStrength(together, query)).toBeGreaterThan(matchStrength(apart, query));
  });

  it('counts a word held whole above one that only starts a longer English word', () => {
    expect(matchStrength(page('Factors of production.'), ['fa'])).toBe(0);
    expect(matchStrength(page('Data policies, data cities.'), ['data', 'city'])).toBe(2);
  });
});
