/** Whether a page holds a quoted phrase, and where its text does (phrase-match.ts). */
import { describe, expect, it } from 'vitest';
import { holdsPhrase, phraseRuns } from './phrase-match.ts';
import { readQuery } from './query-parts.ts';

const phrase = (query: string) => readQuery(query).phrases[0];
const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });
// Wilson Center, "Is Data the Medicine for China's Ailing Economy?" (2020): a bullet point.
const dataTrade = 'Explore the model of data trade. Although there are already two or three dozen data trade platforms in existence in China';

describe('a quoted phrase', () => {
  it('is held by its words whole and in a row, not by their stems nor apart (reader QA: "data trading" listed "the model of data trade")', () => {
    expect(holdsPhrase(page(dataTrade), phrase('"data trading"'))).toBe(false);
    expect(holdsPhrase(page('It regulates trading in data.'), phrase('"data trading"'))).toBe(false);
    expect(holdsPhrase(page('China’s on-exchange data trading market.'), phrase('"data trading"'))).toBe(true);
    expect(holdsPhrase(page(dataTrade), phrase('"data trade"'))).toBe(true);
  });

  it('is held in the title, names, authors or publisher too', () => {
    expect(holdsPhrase(page('Terms and rules.', { title: 'Measures for Data Trading Venues' }), phrase('"data trading"'))).toBe(true);
    expect(holdsPhrase(page('Terms and rules.', { publisher: "People's Daily" }), phrase('"People\'s Daily"'))).toBe(true);
  });

  it('being typed is held with its last word started', () => {
    expect(holdsPhrase(page('China’s on-exchange data trading market.'), phrase('"data trad'))).toBe(true);
    expect(holdsPhrase(page('Trading in data goes on.'), phrase('"data trad'))).toBe(false);
  });

  it('of pinyin is held where the page’s pinyin has its words run together, of hanzi inside a run', () => {
    expect(holdsPhrase(page('The editor.', { words: 'zongbianji xiaoqiang qiang' }), phrase('"xiao qiang"'))).toBe(true);
    expect(holdsPhrase(page('The opinions.', { words: 'gaoxiao xiao jiaqiang qiang' }), phrase('"xiao qiang"'))).toBe(false);
    expect(holdsPhrase(page('上海数据交易所的规则'), phrase('"数据交易"'))).toBe(true);
  });
});

describe('where a phrase is in the text', () => {
  it('spans the words that hold it, a hyphenated word as one', () => {
    const words = 'It will build rural e-commerce platforms, and rural logistics.'.split(' ');
    expect([...phraseRuns(words, phrase('"rural e-commerce"'))]).toEqual([[3, 2]]);
    expect([...phraseRuns(words, phrase('"rural logistics"'))]).toEqual([[7, 2]]);
    expect([...phraseRuns(words, phrase('"rural platforms"'))]).toEqual([]);
  });
});
