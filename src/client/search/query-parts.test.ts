/** Reading a query: quoted phrases, and words joined by punctuation (query-parts.ts). */
import { describe, expect, it } from 'vitest';
import { exactForms, readQuery, wordsApart } from './query-parts.ts';

describe('quoted phrases', () => {
  it('reads straight and typographic quotes as phrases, the words around them as words (reader QA: "data trading")', () => {
    expect(readQuery('"data trading"')).toEqual({ searched: 'data trading', phrases: [{ text: 'data trading', words: ['data', 'trading'], open: false }], loose: '' });
    expect(readQuery('“Data  Trading” Shanghai')).toMatchObject({ searched: 'Data Trading Shanghai', phrases: [{ text: 'Data Trading', words: ['data', 'trading'] }], loose: 'Shanghai' });
    expect(readQuery('「数据交易」').phrases).toEqual([{ text: '数据交易', words: ['数据交易'], open: false }]);
  });

  it('reads a quote not yet closed as a phrase being typed, and empty quotes as nothing', () => {
    expect(readQuery('"data tra').phrases).toEqual([{ text: 'data tra', words: ['data', 'tra'], open: true }]);
    expect(readQuery('data ""')).toEqual({ searched: 'data', phrases: [], loose: 'data' });
  });

  it('keeps a possessive inside a phrase, whose words are matched in a row ("People’s Daily": people, s, daily)', () => {
    expect(readQuery('"People\'s Daily"')).toMatchObject({ searched: 'People Daily', phrases: [{ words: ['people', 's', 'daily'] }] });
  });

  it('asks Pagefind for a closed phrase of two words or more by its own quoted search, as typed and joined (data-trading)', () => {
    const [closed, open] = [readQuery('"data trading"').phrases[0], readQuery('"data tra').phrases[0]];
    expect(exactForms(closed)).toEqual(['"data trading"', '"datatrading"']);
    expect(exactForms(readQuery('“People’s Daily”').phrases[0])[0]).toBe('"People’s Daily"');
    expect(exactForms(open)).toEqual([]);
  });
});

describe('words joined by punctuation', () => {
  it('are also searched apart (reader QA: "cybersecurity-law" found 1 page, "cybersecurity law" 8+)', () => {
    expect(wordsApart('cybersecurity-law')).toBe('cybersecurity law');
    expect(wordsApart('data/AI policy')).toBe('data AI policy');
    expect(wordsApart('4G/5G')).toBe('4G 5G');
  });

  it('are apart whatever joins them, and stay as typed where nothing does, an apostrophe does, or one letter leads', () => {
    expect(wordsApart('e-commerce')).toBeUndefined();
    expect(wordsApart('A-share rural-e-commerce')).toBe('A-share rural e commerce');
    expect(wordsApart('13th-Five-Year-Plan-(2016–2020)')).toBe('13th Five Year Plan 2016 2020)');
    expect(wordsApart('cybersecurity law')).toBeUndefined();
    expect(wordsApart("Farmers'-cooperatives China's")).toBe("Farmers cooperatives China's");
    expect(wordsApart('Xi’an')).toBeUndefined();
  });
});
