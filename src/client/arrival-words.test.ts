/**
 * The words a search result's link asks its article to mark. Excerpts: AppInChina on the
 * algorithm provisions (2021), China Daily on Made in China 2025 (2015).
 */
import { describe, expect, it } from 'vitest';
import { arrivalQuery, matchRanges, wantedWords, wordPattern } from './arrival-words.ts';

/** The marked parts of each text, as the page would show them. */
const marked = (texts: string[], q: string) => {
  const pattern = wordPattern(wantedWords(q));
  return pattern ? matchRanges(texts, pattern).map((ranges, index) => ranges.map(([start, end]) => texts[index].slice(start, end))) : texts.map(() => []);
};

describe('the words an article marks on arrival from search', () => {
  it('mark a quoted phrase that runs from a term link into the text after it, in both nodes', () => {
    const texts = ['in accordance with the ', 'Data Security Law', ' of the People’s Republic of China and other laws'];
    expect(marked(texts, '"Data Security Law of the People’s Republic of China"')).toEqual([[], ['Data Security Law'], [' of the People’s Republic of China']]);
  });

  it('mark a phrase over the quotation marks between its words, as the result link names it', () => {
    // The excerpt marked the run with the page's quotation marks in it (reader QA: 0 marks on arrival).
    const q = arrivalQuery(['Made in China 2025” strategy', 'Tuesday']);
    expect(q).toBe('"Made in China 2025 strategy" Tuesday');
    expect(marked(['unveiled the “Made in China 2025” strategy on Tuesday'], q)).toEqual([['Made in China 2025” strategy', 'Tuesday']]);
    expect(arrivalQuery(['"Made in China 2025" strategy'])).toBe('"Made in China 2025 strategy"');
  });

  it('mark words whole and hanzi anywhere in a run', () => {
    expect(marked(['Li Keqiang on policy and 数据安全法'], 'Li 安全')).toEqual([['Li', '安全']]);
    expect(marked(['data', 'base'], 'data')).toEqual([[], []]);
  });

  it('mark nothing, and do not loop, for a query of punctuation only', () => {
    expect(marked(['a “quoted” text'], '"“ ”"')).toEqual([[]]);
    expect(wordPattern([])).toBeUndefined();
  });
});
