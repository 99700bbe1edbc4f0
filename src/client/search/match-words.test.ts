/** Whether a page really holds a query's words (match-words.ts). */
import { describe, expect, it } from 'vitest';
import { holdsQuery, joinedPinyinText, matchStrength, textWords, wordMatches, wordsOf } from './match-words.ts';

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

  it('matches a number whole, or as an ordinal or a decade, not as the start of a longer number (reader QA: "Data 20 Articles" found every 2020s date)', () => {
    const english = (text: string) => ({ text, pinyin: false });
    expect(['20', '20th', '1990s'].map((text) => wordMatches(text.replace(/\D+$/, ''), english(text)))).toEqual([true, true, true]);
    expect(wordMatches('20', english('2021'))).toBe(false);
    expect(holdsQuery(page('The Data 20 Articles of December 2022.'), wordsOf('data 20 articles'))).toBe(true);
    expect(holdsQuery(page('Data rules of 2021 and their articles.'), wordsOf('data 20 articles'))).toBe(false);
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
    // The syllables of different words, or some in English words and some in pinyin, are not the phrase.
    expect(holdsQuery(page('Premier Li on the chan school.', { words: 'xin zhi sheng' }), query)).toBe(false);
    // Two syllables are a phrase too: "chan" is not "changes"; the last word may still be being typed, after the others.
    expect(holdsQuery(page('Changes will likely be made.'), wordsOf('chan li'))).toBe(false);
    expect(holdsQuery(page('Chan likes it.'), wordsOf('chan li'))).toBe(true);
    expect(holdsQuery(page('Likes? Chan.'), wordsOf('chan li'))).toBe(false);
  });
});

describe('a query of several pinyin words (a name or a term)', () => {
  const xiaoQiang = wordsOf('Xiao Qiang');

  it('is not held by the syllables of different words (reader QA: "Xiao Qiang" listed pages with 高效 gāoxiào and 加强 jiāqiáng)', () => {
    expect(holdsQuery(page('The opinions on digital government.', { words: 'gaoxiao xiao jiaqiang qiang' }), xiaoQiang)).toBe(false);
    expect(holdsQuery(page('New infrastructure and informatization.', { words: 'xinxihua zhiliang shengchan chanye li' }), wordsOf('xin zhi sheng chan li'))).toBe(false);
  });

  it('is held where its words start one pinyin word together, or are English words of the text', () => {
    expect(holdsQuery(page('The editor.', { words: 'zongbianji xiaoqiang qiang' }), xiaoQiang)).toBe(true);
    expect(holdsQuery(page('To confront it, Xiao Qiang built China Digital Times.'), xiaoQiang)).toBe(true);
    // Its English words whole, or the last as a start only after the others: "Li" is not the start of "likely"
    // (the interview has no Li Qiang), nor "da" of "data" after "Qiang" elsewhere.
    expect(holdsQuery(page('Xiao Qiang likely agrees.'), wordsOf('Li Qiang'))).toBe(false);
    expect(holdsQuery(page('Xiao Qiang built it on data.'), wordsOf('qiang da'))).toBe(false);
    expect(holdsQuery(page('Xiao Qiang built it on data.'), wordsOf('xiao qia'))).toBe(true);
    expect(holdsQuery(page('Shichanghua is the shift to markets.'), wordsOf('shi shi'))).toBe(false);
    expect(holdsQuery(page('Digital government.', { words: 'shuzizhengfujianshe zhengfujianshe' }), wordsOf('shuzi zhengfu'))).toBe(true);
    expect(holdsQuery(page('Digital government.', { words: 'shuzi zi zhengfu fu' }), wordsOf('shuzi zhengfu'))).toBe(false);
  });

  it('typed syllable by syllable is held by English words only in a row (measure:search: "wei you", 未有, listed a page with "Lu Wei" and "you" apart)', () => {
    // China Story Yearbook 2016, "Nailing Jello to the Wall" (shortened).
    const text = 'Back in 2014, Lu Wei 鲁炜, until recently the head of the Cyber Administration of China, said, ‘The Internet is like a car. If you have no brakes, …’';
    expect(holdsQuery(page(text), wordsOf('wei you'))).toBe(false);
    expect(holdsQuery(page(text), wordsOf('lu wei'))).toBe(true);
    // Words of English that read as pinyin (da·ta ai) hold it apart, each whole.
    expect(holdsQuery(page('Data labelling feeds the AI industry.'), wordsOf('data AI'))).toBe(true);
  });

  it('finds an English word from any start while it is typed, one that spells pinyin syllables too ("beiji" is on its way to Beijing)', () => {
    expect(wordMatches('beiji', { text: 'beijing', pinyin: false })).toBe(true);
    expect(wordMatches('mini', { text: 'mining', pinyin: false })).toBe(true);
    expect(wordMatches('guoji', { text: 'guojia', pinyin: false })).toBe(true);
    expect(wordMatches('chan', { text: 'change', pinyin: false })).toBe(true);
    // Pinyin forms still end where a syllable does (guoji is not guojia·anquan).
    expect(wordMatches('guoji', { text: 'guojiaanquan', pinyin: true })).toBe(false);
  });

  it('is not held where its joined syllables end inside a syllable of the page (measure:search: "guo ji", 国际, listed 国家安全 guojia·anquan)', () => {
    expect(holdsQuery(page('National security.', { forms: 'guojiaanquan jiaanquan anquan' }), wordsOf('guo ji'))).toBe(false);
    expect(holdsQuery(page('International cooperation.', { forms: 'guojihezuo hezuo' }), wordsOf('guo ji'))).toBe(true);
  });

  it('is held by the text\'s own pinyin with tones, its words joined up to punctuation', () => {
    const text = '“New Quality Productive Forces” (新质生产力, xīn zhì shēngchǎnlì) is a key term. Zhèngwù, xìnxīhuà.';
    expect(joinedPinyinText(text).map((word) => word.text)).toEqual(['xinzhishengchanli', 'zhishengchanli']);
    expect(holdsQuery(page(text), wordsOf('xin zhi sheng chan li'))).toBe(true);
    expect(holdsQuery(page(text), wordsOf('zhi sheng chan li'))).toBe(true);
    expect(holdsQuery(page(text), wordsOf('zhengwu shengchanli'))).toBe(false);
  });
});

describe('how well a page holds a query (the order of the articles that hold it)', () => {
  const query = wordsOf('wangluo anquan fa');
  // Both hold each word: the first only as pinyin words apart and "fa" as the start of "factors".
  const apart = page('Network security and factors of production.', { words: 'wangluo anquan fazhan' });
  const together = page('The Cybersecurity Law was revised.', { words: 'wangluoanquanfa anquanfa fa' });

  it('ranks a page whose pinyin runs the words together above one that holds them apart (which no longer holds them: 网络, 安全 and 发展 apart are not 网络安全法)', () => {
    expect([holdsQuery(apart, query), holdsQuery(together, query)]).toEqual([false, true]);
    expect(matchStrength(together, query)).toBeGreaterThan(matchStrength(apart, query));
  });

  it('counts a word held whole above one that only starts a longer English word', () => {
    expect(matchStrength(page('Factors of production.'), ['fa'])).toBe(0);
    expect(matchStrength(page('Data policies, data cities.'), ['data', 'city'])).toBe(2);
  });
});
