/** The extra searchable forms of glossary terms (core/search-forms.ts): pure functions, no build. */
import { describe, expect, it } from 'vitest';
import { articleTermForms, hanziSubstrings, hanziSuffixes, joinedRuns, pinyinForms, termPageForms, termReadings, wholeNames } from './search-forms.ts';
import { asOneWord, toneless, umlautVariants } from './search-text.ts';

const hqd = { term: 'High-quality development', hanzi: '高质量发展', traditional: '高質量發展', pinyin: 'gāo zhìliàng fāzhǎn', aliases: ['high-quality development'] };

describe('search forms', () => {
  it('gives a term page every hanzi substring of two or more characters, simplified and traditional', () => {
    expect(hanziSubstrings('高质量发展')).toEqual(['高质', '高质量', '高质量发', '高质量发展', '质量', '质量发', '质量发展', '量发', '量发展', '发展']);
    expect(termPageForms(hqd)).toEqual(expect.arrayContaining(['质量发展', '質量發展', '高質量發展']));
  });

  it('gives articles the suffixes and pinyin tails only: with prefix matching every part of the name starts one of them', () => {
    expect(hanziSuffixes('社会信用体系')).toEqual(['社会信用体系', '会信用体系', '信用体系', '用体系', '体系']);
    const forms = articleTermForms({ hanzi: '社会信用体系', pinyin: 'shèhuì xìnyòng tǐxì' });
    expect(forms).toEqual(['社会信用体系', '会信用体系', '信用体系', '用体系', '体系', 'shehuixinyongtixi', 'xinyongtixi', 'tixi']);
    const words = ['shehui', 'xinyong', 'tixi'];
    for (const part of [...hanziSubstrings('社会信用体系'), ...words, ...joinedRuns(words)]) expect(forms.some((form) => form.startsWith(part)), part).toBe(true);
  });

  it('writes pinyin without tones, per word, joined, and per syllable', () => {
    expect(pinyinForms(hqd)).toEqual(expect.arrayContaining(['gao', 'zhiliang', 'fazhan', 'gaozhiliang', 'zhiliangfazhan', 'gaozhiliangfazhan', 'zhi', 'liang', 'fa', 'zhan']));
    expect(pinyinForms(hqd).every((form) => form === toneless(form))).toBe(true);
  });

  it('spells ü also as v and u, as people type it', () => {
    expect(toneless('lǜsè')).toBe('lüse');
    expect(umlautVariants('lüse')).toEqual(['lüse', 'lvse', 'luse']);
    expect(pinyinForms({ hanzi: '绿色', pinyin: 'lǜsè' })).toEqual(expect.arrayContaining(['lvse', 'luse', 'lüse']));
  });

  it('writes each whole name as one word', () => {
    expect(asOneWord('Cyberspace Administration of China (CAC)')).toBe('cyberspaceadministrationofchinacac');
    expect(wholeNames(hqd)).toEqual(['highqualitydevelopment', 'gaozhiliangfazhan', '高质量发展', '高質量發展']);
  });

  it('writes a name in -ization in British spelling too, so that "informatisation" names the term (query suite: not found on a 65-article corpus)', () => {
    expect(wholeNames({ term: 'Informatization', aliases: ['digitisation'], hanzi: '信息化', pinyin: 'xìnxīhuà' })).toEqual(
      expect.arrayContaining(['informatization', 'informatisation', 'digitization', 'digitisation']),
    );
  });

  it('gives a term page the pinyin of its hanzi aliases, and each hanzi name beside its reading (reader QA: `wangxinban`, 网信办 of the CAC, found nothing)', () => {
    const cac = { term: 'Cyberspace Administration of China (CAC)', hanzi: '国家互联网信息办公室', pinyin: 'Guójiā Hùliánwǎng Xìnxī Bàngōngshì', aliases: ['CAC', '国家网信办', '网信办'] };
    expect(termPageForms(cac, cac.aliases)).toEqual(expect.arrayContaining(['wangxinban', 'guojiawangxinban', 'xinban', 'ban']));
    expect(wholeNames(cac)).toEqual(expect.arrayContaining(['wangxinban', 'guojiawangxinban', 'guojiahulianwangxinxibangongshi']));
    expect(termReadings(cac, cac.aliases)).toEqual(['国家网信办', 'guojiawangxinban', '网信办', 'wangxinban', '国家互联网信息办公室', 'guojiahulianwangxinxibangongshi']);
    // An entry without hanzi aliases gains nothing.
    expect(termPageForms(hqd, hqd.aliases)).toEqual(termPageForms(hqd));
  });

  it('names a term by its hanzi aliases in traditional characters too, as by its hanzi (reader QA: 網信辦 found nothing, 网信办 the CAC)', () => {
    const cac = { term: 'Cyberspace Administration of China (CAC)', hanzi: '国家互联网信息办公室', traditional: '國家互聯網信息辦公室', pinyin: 'Guójiā Hùliánwǎng Xìnxī Bàngōngshì', aliases: ['CAC', '国家网信办', '网信办'] };
    expect(wholeNames(cac)).toEqual(expect.arrayContaining(['网信办', '網信辦', '國家網信辦', '國家互聯網信息辦公室']));
    // An alias without hanzi, or written alike in both scripts, adds no token.
    expect(wholeNames(hqd)).toEqual(['highqualitydevelopment', 'gaozhiliangfazhan', '高质量发展', '高質量發展']);
  });
});
