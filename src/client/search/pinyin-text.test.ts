/** What the text writes for a pinyin query (pinyin-text.ts). */
import { describe, expect, it } from 'vitest';
import { hanziReadAs, pinyinRuns, syllablesOf } from './pinyin-text.ts';

// Data Security Law, Article 25 (China Data Regulation, 2026), with the readings its page carries.
const article = {
  content: 'Article 25. 国家对与维护国家安全和利益、履行国际义务相关的属于管制物项的数据依法实施出口管制。',
  meta: { readings: '国家 guojia 对 dui 维护 weihu 国家安全 guojiaanquan 履行 lüxing 国际 guoji 义务 yiwu 数据 shuju 西安 xian' },
};

describe('pinyin in the text', () => {
  it('splits a word’s reading into one syllable per character', () => {
    expect(syllablesOf('xian', 2)).toEqual(['xi', 'an']);
    expect(syllablesOf('xian', 1)).toEqual(['xian']);
    expect(syllablesOf('guojiaanquan', 4)).toEqual(['guo', 'jia', 'an', 'quan']);
    expect(syllablesOf('abc', 1)).toBeUndefined();
  });

  it('finds the hanzi whose readings are the query’s syllables, a part of a word too', () => {
    expect(hanziReadAs(article, ['guo', 'ji'])).toEqual(['国际']);
    expect(hanziReadAs(article, ['guoji', 'yiwu'])).toEqual(['国际义务']);
    expect(hanziReadAs(article, ['guo'])).toEqual(['国家', '国', '国际']);
    expect(hanziReadAs(article, ['lvxing'])).toEqual(['履行']);
    // guo·ji·a is not read in 国家 (guo·jia); English words find none.
    expect(hanziReadAs(article, ['guojiaan'])).toEqual(['国家安全']);
    expect(hanziReadAs(article, ['data'])).toEqual([]);
    expect(hanziReadAs({ content: article.content, meta: {} }, ['guo', 'ji'])).toEqual([]);
  });

  it('marks the whole word the syllables start and stop one short of, as an English word being typed is (reader QA: `xi jin` marked 习近 of 习近平)', () => {
    // The China Project on the National Data Bureau (fx-2023-the-china-project-national-data-bureau), with its page's readings.
    const bureau = { content: '… meant to advance President Xí Jìnpíng’s 习近平 core objectives', meta: { readings: '习近平 xijinping' } };
    expect(hanziReadAs(bureau, ['xi', 'jin'])).toEqual(['习近平']);
    expect(hanziReadAs(bureau, ['xijin'])).toEqual(['习近平']);
    expect(hanziReadAs(bureau, ['xi', 'jin', 'ping'])).toEqual(['习近平']);
    // Not from inside a word, nor a term's whole name two words on (DigiChina, 2022: 厘清政府和市场关系).
    expect(hanziReadAs(bureau, ['jin'])).toEqual(['近']);
    expect(hanziReadAs(bureau, ['xi'])).toEqual(['习']);
    const digichina = { content: 'Clarify the relationship between government and markets (厘清政府和市场关系)', meta: { readings: '厘清政府和市场关系 liqingzhengfuheshichangguanxi' } };
    expect(hanziReadAs(digichina, ['li', 'qing'])).toEqual(['厘清']);
    expect(hanziReadAs(digichina, ['shi', 'chang'])).toEqual(['市场']);
  });

  it('finds words of the text holding a pinyin phrase together, or in a row while its last word is typed', () => {
    const words = 'An amendment: Xiao Qiang said guójiā ānquán, wǎngluò ānquánfǎ.'.split(' ');
    expect(pinyinRuns(words, ['xiao', 'qiang'])).toEqual(new Map([[2, 2]]));
    expect(pinyinRuns(words, ['xiao', 'qia'])).toEqual(new Map([[2, 2]]));
    expect(pinyinRuns(words, ['guo', 'jia', 'an', 'quan'])).toEqual(new Map([[5, 2]]));
    expect(pinyinRuns(words, ['wang', 'luo', 'an', 'quan'])).toEqual(new Map([[7, 2]]));
    expect(pinyinRuns(words, ['guo', 'ji'])).toEqual(new Map());
    expect(pinyinRuns(words, ['an', 'quan'])).toEqual(new Map([[6, 1], [8, 1]]));
  });

  it('reads a name with a possessive as the name (reader QA: `xi jin` marked 习近平 but not "Xí Jìnpíng’s" beside it)', () => {
    // The China Project (fx-2023-the-china-project-national-data-bureau); Wikipedia (fx-2025-wikipedia-made-in-china-2025).
    const bureau = '… meant to advance President Xí Jìnpíng’s 习近平 core objectives'.split(' ');
    expect(pinyinRuns(bureau, ['xi', 'jin'])).toEqual(new Map([[5, 2]]));
    expect(pinyinRuns(bureau, ['xijinping'])).toEqual(new Map([[5, 2]]));
    expect(pinyinRuns('Chinese Premier Li Keqiang\'s cabinet'.split(' '), ['li', 'keqiang'])).toEqual(new Map([[2, 2]]));
  });
});
