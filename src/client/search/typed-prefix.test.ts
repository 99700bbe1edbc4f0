/** A query's last word while it is typed (typed-prefix.ts): the stems it may run past, an unfinished syllable. */
import { describe, expect, it } from 'vitest';
import { holdsQuery } from './match-words.ts';
import { describeMatch } from './excerpt.ts';
import { NO_WORD, r1Start, shorterQueries, startsPinyin, stemPrefixes, typedStems } from './typed-prefix.ts';

const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });

describe('the stems a typed word may run past', () => {
  it('starts Porter2 R1 after the first non-vowel that follows a vowel, or after a listed prefix', () => {
    const starts = ['beijing', 'regulati', 'generati', 'organizati'].map((word) => word.slice(0, r1Start(word)));
    expect(starts).toEqual(['beij', 'reg', 'gener', 'organ']);
  });

  it('names the prefixes from R1 on that the rest of the word may be endings of, longest first (reader QA: "beiji" dropped to 3 results, "regulati" to 1)', () => {
    expect(stemPrefixes('beiji')).toEqual(['beij']);
    expect(stemPrefixes('regulati')).toEqual(['regulat', 'regula', 'regul']);
    expect(stemPrefixes('hoppi')).toEqual(['hopp', 'hop']);
    expect(stemPrefixes('xinxihua')).toEqual(['xinxihu']); // not xinxi: no ending starts "hua"
    expect(stemPrefixes('bei')).toEqual([]);
  });

  it('reads a long run of endings that never resolves in one pass (trying each split in turn took minutes at 110 letters)', () => {
    const word = `x${'ementally'.repeat(12)}q`;
    expect(stemPrefixes(word)).toEqual([]);
  });

  it('leaves numbers, hanzi and words joined by punctuation alone', () => {
    expect(stemPrefixes('2025')).toEqual([]);
    expect(stemPrefixes('高质量')).toEqual([]);
    expect(shorterQueries('data/ai')).toEqual([]);
  });

  it('asks for the last word cut to each stem and one letter shorter, ended by a letter no word has', () => {
    expect(shorterQueries('xi jinpi')).toEqual([{ stem: `xi jinp${NO_WORD}`, shorter: `xi jin${NO_WORD}` }]);
  });
});

describe('a word being typed, held by a word of the stem it may become', () => {
  // Text of fx-2020-hoover-ai-titans (Hoover Institution, hoover.org): it writes "formulated", never "formulation".
  const article = page('China has since formulated and actively implemented the New Generation Artificial Intelligence Development Plan.');

  it('holds it as the whole word holds it (reader QA: "formulati" listed 3 pages, "formulation" 7+, its stem also finding "formulated")', () => {
    expect(holdsQuery(article, ['formulation'])).toBe(true);
    expect(holdsQuery(article, ['formulati'])).toBe(true);
    expect(holdsQuery(article, ['formulatio'])).toBe(true);
    expect(holdsQuery(page('Regulated platforms.'), ['regulati'])).toBe(true);
    expect(holdsQuery(page('Hop in.'), ['hoppi'])).toBe(true);
    expect(describeMatch(article, ['formulati']).marked).toEqual(['formulated']);
  });

  it('completes only endings its letters start, so another stem is no match', () => {
    expect([...typedStems('formulati')]).toContain('formul');
    expect(typedStems('formulati').has('formula')).toBe(false);
    expect(holdsQuery(page('A formula for growth.'), ['formulati'])).toBe(false);
    expect(holdsQuery(page('Regular meetings.'), ['regulati'])).toBe(false);
    expect(holdsQuery(page('Informed readers.'), ['informatis'])).toBe(false);
    expect(holdsQuery(page('Dated rules.'), ['data'])).toBe(false);
  });
});

describe('an unfinished pinyin syllable', () => {
  // The term page of 高质量发展 (content/glossary), its searchable forms.
  const term = page('High-quality development. 高质量发展. gāo zhìliàng fāzhǎn.', { forms: 'gaozhiliang gaozhiliangfazhan', title: 'High-quality development' });

  it('reads the last word as the start of a pinyin word only when asked (reader QA: "gaozhil" said No results)', () => {
    expect(holdsQuery(term, ['gaozhil'])).toBe(false);
    expect(holdsQuery(term, ['gaozhil'], true)).toBe(true);
    expect(holdsQuery(term, ['gaozhilian'], true)).toBe(true);
    expect(holdsQuery(term, ['gaoz', 'fazhan'], true)).toBe(false);
  });

  it('is pinyin only: an English word is found from any start already, a number only whole', () => {
    expect(startsPinyin('gaoz', { text: 'gaozhiliang', pinyin: true })).toBe(true);
    expect(startsPinyin('gaoz', { text: 'gaozhiliang', pinyin: false })).toBe(false);
    expect(startsPinyin('20', { text: '2021', pinyin: true })).toBe(false);
  });
});
