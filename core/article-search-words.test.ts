/** Searchable forms of an article's Chinese words (article-search-words.ts). */
import { describe, expect, it } from 'vitest';
import { articleWordForms, hanziRuns, pinyinTails, romanisedNames, wordReadings, wordRuns } from './article-search-words.ts';

describe('article search words', () => {
  it('takes the distinct runs of hanzi of a text, punctuation splitting them', () => {
    expect(hanziRuns('“high-quality development” (高质量发展)，高质量发展 and 互联网＋')).toEqual(['高质量发展', '互联网']);
  });

  it('writes pinyin tails syllable by syllable, ü also as v and u', () => {
    expect(pinyinTails('高质量发展')).toEqual(['gaozhiliangfazhan', 'zhiliangfazhan', 'liangfazhan', 'fazhan', 'zhan']);
    expect(pinyinTails('绿色')).toEqual(['lüse', 'lvse', 'luse', 'se']);
  });

  it('gives every hanzi suffix, simplified and traditional, and the pinyin', () => {
    const forms = articleWordForms([['社会信用体系']]);
    expect(forms).toEqual(expect.arrayContaining(['社会信用体系', '信用体系', '體系', '社會信用體系', 'shehuixinyongtixi', 'xinyongtixi']));
    expect(articleWordForms([['国']])).toEqual(expect.arrayContaining(['国', '國', 'guo']));
  });

  it('reads the words of each run of the MDX as the conversion marked them, tags ending words and anything else runs', () => {
    const body = '<Term id="state-council" occurrence="1"><span lang="zh-CN">国务院</span></Term><wbr /><Word hanzi="印发" occurrence="1"><span lang="zh-CN">印发</span></Word>《<Word hanzi="加强" occurrence="1"><span lang="zh-CN">加强</span></Word><wbr /><Word hanzi="数字" occurrence="1"><span lang="zh-CN">数字</span></Word>》, 未标记的文字';
    expect(wordRuns(body)).toEqual([['国务院', '印发'], ['加强', '数字'], ['未标记的文字']]);
    // An angle bracket of the text, escaped in MDX, is not a tag: the hanzi inside stay.
    expect(wordRuns('书名\\<\\<数字政府>>')).toEqual([['书名'], ['数字政府']]);
  });

  it('joins the pinyin of the words of a run from each word on, so a phrase is one form; a word alone keeps only its own tails (reader QA: "Xiao Qiang" found 高效 and 加强)', () => {
    const forms = articleWordForms([['加强', '数字', '政府', '建设', '的', '指导'], ['高效']]);
    expect(forms).toEqual(expect.arrayContaining(['jiaqiangshuzizhengfujianshe', 'shuzizhengfujianshede', 'zhengfujianshedezhidao', 'jianshedezhidao', 'dezhidao', 'gaoxiao', 'xiao', 'qiang']));
    // From the start of a word only, and no further than JOINED_WORDS words.
    expect(forms.filter((form) => form.startsWith('qiangshuzi') || form.startsWith('xiaoqiang') || form.startsWith('jiaqiangshuzizhengfujianshede'))).toEqual([]);
  });

  it('pairs each distinct word with its toneless pinyin, forms the index holds already (reader QA: `guo ji` could not show 国际)', () => {
    const runs = [['履行', '国际', '义务'], ['国际']];
    expect(wordReadings(runs)).toEqual(['履行', 'lüxing', '国际', 'guoji', '义务', 'yiwu']);
    const forms = new Set(articleWordForms(runs));
    expect(wordReadings(runs).every((form) => forms.has(form))).toBe(true);
  });
});

describe('romanised names', () => {
  it('joins capitalised words that read as pinyin, two or three in a row (reader QA: `xijinping` listed 2 pages, `liuliehong` none)', () => {
    // The Diplomat (2015-the-diplomat-internet-plus-rural-economy), China Daily via english.gov.cn
    // (fx-2018-english-gov-cn-benefits-shared-digital-economy), The China Project (fx-2023-the-china-project-national-data-bureau).
    const text = [
      'First announced in March by Premier Li Keqiang in his annual government work report,',
      'said Liu Liehong, deputy director of the Cyberspace Administration of China.',
      'meant to advance President Xí Jìnpíng’s 习近平 core objectives',
      '<Term id="xi">Xi Jinping</Term> Thought',
    ].join('\n');
    expect(romanisedNames(text)).toEqual(['likeqiang', 'liuliehong', 'xijinping']);
  });

  it('leaves out words that are no pinyin and runs a comma or full stop ends', () => {
    expect(romanisedNames('Premier Li. Keqiang, Xi, Jinping; Made In China')).toEqual([]);
    // A capital inside a word starts no name.
    expect(romanisedNames('DiDi Chuxing')).toEqual([]);
  });
});
