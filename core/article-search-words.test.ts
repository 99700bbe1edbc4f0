/** Searchable forms of an article's Chinese words (article-search-words.ts). */
import { describe, expect, it } from 'vitest';
import { articleWordForms, hanziRuns, pinyinTails } from './article-search-words.ts';

describe('article search words', () => {
  it('takes the distinct runs of hanzi of a text, punctuation splitting them', () => {
    expect(hanziRuns('“high-quality development” (高质量发展)，高质量发展 and 互联网＋')).toEqual(['高质量发展', '互联网']);
  });

  it('writes pinyin tails syllable by syllable, ü also as v and u', () => {
    expect(pinyinTails('高质量发展')).toEqual(['gaozhiliangfazhan', 'zhiliangfazhan', 'liangfazhan', 'fazhan', 'zhan']);
    expect(pinyinTails('绿色')).toEqual(['lüse', 'lvse', 'luse', 'se']);
  });

  it('gives every hanzi suffix, simplified and traditional, and the pinyin', () => {
    const forms = articleWordForms(['社会信用体系']);
    expect(forms).toEqual(expect.arrayContaining(['社会信用体系', '信用体系', '體系', '社會信用體系', 'shehuixinyongtixi', 'xinyongtixi']));
    expect(articleWordForms(['国'])).toEqual(expect.arrayContaining(['国', '國', 'guo']));
  });
});
