/** Excerpts and paragraph links of results (excerpt.ts). */
import { describe, expect, it } from 'vitest';
import { definitionStart, describeMatch } from './excerpt.ts';

const termPage = {
  content: 'Concepts. Data governance. 数据治理. shùjù zhìlǐ. Traditional: 數據治理. Literally: data · governance. The rules for data. Shuju zhili is the governance of data: ownership and sharing.',
  meta: { title: 'Data governance', hanzi: '数据治理', pinyin: 'shùjù zhìlǐ' },
};

const articlePage = {
  content: 'A title. First paragraph about farms. Second paragraph: “high-quality development” (高质量发展), a new buzzword. Third paragraph.',
  meta: { title: 'A title' },
  anchors: [
    { element: 'span', id: 'p-aaa', location: 2 },
    { element: 'span', id: 'p-bbb', location: 6 },
    { element: 'span', id: 'p-ccc', location: 14 },
  ],
};

const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map((part) => part.text);

describe('excerpts', () => {
  it('skips a term page’s heading lines', () => {
    const words = termPage.content.split(/\s+/);
    expect(words[definitionStart(words, termPage.meta)]).toBe('The');
  });

  it('skips heading lines that run together (the hanzi and its pinyin as one sentence)', () => {
    const words = termPage.content.replace('数据治理. shùjù', '数据治理 shùjù').split(/\s+/);
    expect(words[definitionStart(words, termPage.meta)]).toBe('The');
  });

  it('marks a word of one or two letters that another query word follows only where the page has it whole (reader QA: "a" marked "and", "about")', () => {
    const page = { content: 'A title. China plans a shared future in cyberspace and about industry. Made in China 2025 names ten industries.', meta: { title: 'A title' } };
    expect(marked(describeMatch(page, ['a', 'shared', 'future']).excerpt)).toEqual(['a', 'shared', 'future']);
    expect(marked(describeMatch(page, ['made', 'in', 'china']).excerpt)).toEqual(['Made', 'in', 'China']);
    // The last word may be the start of one being typed.
    expect(marked(describeMatch(page, ['shared', 'fu']).excerpt)).toEqual(['shared', 'future']);
  });

  it('shows the sentence with most of the query’s words, marked', () => {
    const { excerpt } = describeMatch(termPage, ['data', 'governance']);
    expect(text(excerpt)).toBe('Shuju zhili is the governance of data: ownership and sharing.');
    expect(marked(excerpt)).toEqual(['governance', 'data']);
  });

  it('marks no English word that only starts with a syllable of a query typed syllable by syllable (reading QA: "xin zhi sheng chan li" marked "changes", "likely")', () => {
    const page = { content: 'The slogan xīn zhì shēngchǎnlì changes what is likely.', meta: { title: 'T' } };
    // The pinyin holding it together is one mark, as a quoted phrase is.
    expect(marked(describeMatch(page, ['xin', 'zhi', 'sheng', 'chan', 'li']).excerpt)).toEqual(['xīn zhì shēngchǎnlì']);
  });

  it('marks the hanzi inside a run, and links to the paragraph that holds it', () => {
    const match = describeMatch(articlePage, ['质量发展']);
    expect(match.anchor).toBe('p-bbb');
    expect(marked(match.excerpt)).toEqual(['质量发展']);
    expect(text(match.excerpt)).toContain('(高质量发展),');
    expect(match.marked).toEqual(['质量发展']);
  });

  it('marks a related term’s hanzi when the query itself (pinyin) is not in the text', () => {
    const match = describeMatch(articlePage, ['gaozhiliang'], ['高质量发展']);
    expect(match.anchor).toBe('p-bbb');
    expect(match.marked).toEqual(['高质量发展']);
  });

  it('starts a few words before a match far into its sentence, so a two-line excerpt still shows it', () => {
    const long = { content: `A title. ${'The plan sets many long-term goals for the provinces and their cities, and it asks every agency to report on'} data security by 2025.`, meta: { title: 'A title' } };
    const { excerpt } = describeMatch(long, ['security']);
    expect(text(excerpt)).toBe('… every agency to report on data security by 2025.');
    expect(marked(excerpt)).toEqual(['security']);
  });

  it('shows the first sentence after the heading, unmarked, when the text does not use the query', () => {
    const match = describeMatch({ ...termPage, content: termPage.content.replace(' Shuju zhili is the governance of data: ownership and sharing.', '') }, ['shujuzhili']);
    expect(text(match.excerpt)).toBe('The rules for data.');
    expect(match.marked).toEqual([]);
    expect(match.anchor).toBeUndefined();
    // Where the text writes the query's pinyin as words, it shows and marks them, as for `shuju zhili`.
    expect(describeMatch(termPage, ['shujuzhili']).marked).toEqual(['Shuju zhili']);
    expect(describeMatch(termPage, ['shuju', 'zhili']).marked).toEqual(['Shuju zhili']);
  });

  it('marks the hanzi the text writes for a pinyin query, not a pinyin word that starts with one of its syllables (reader QA: `guo ji` marked guójiā in the list of terms)', () => {
    // Excerpt of the Data Security Law, Article 25 (China Data Regulation, 2026): its text and its list of terms.
    const page = {
      content: 'Article 25. The State implements export control according to law on data that falls under controlled items and is related to safeguarding national security and interests and performing international obligations. 国家对与维护国家安全和利益、履行国际义务相关的属于管制物项的数据依法实施出口管制。 Terms in this article National security 国家安全 guójiā ānquán',
      meta: { title: 'Article 25', readings: '国家 guojia 对 dui 维护 weihu 国家安全 guojiaanquan 和 he 利益 liyi 履行 lüxing 国际 guoji 义务 yiwu 相关 xiangguan 数据 shuju' },
      anchors: [
        { element: 'p', id: 'p-text', location: 2 },
        { element: 'h2', id: 'terms-heading', location: 33 },
      ],
    };
    for (const query of [['guo', 'ji'], ['guoji']]) {
      const match = describeMatch(page, query);
      expect(match.anchor).toBe('p-text');
      expect(match.marked).toEqual(['国际']);
    }
    // ü typed as v; a pinyin phrase held together by the pinyin of the text is one mark.
    expect(describeMatch(page, ['lv', 'xing']).marked).toEqual(['履行']);
    expect(describeMatch(page, ['guo', 'jia', 'an', 'quan']).marked).toEqual(['国家安全']);
  });

  it('marks no English word that is one syllable of a pinyin query, only words holding it together (reader QA: `wang luo an quan` marked "An")', () => {
    const page = { content: 'An amendment adopted in 2025 changed it. Wangluo anquan means the security of networks.', meta: { title: 'T' } };
    expect(describeMatch(page, ['wang', 'luo', 'an', 'quan']).marked).toEqual(['Wangluo anquan']);
    expect(describeMatch(page, ['guo', 'jia', 'an', 'quan']).marked).toEqual([]);
  });

  it('shows where the text uses the term a phrase names when the phrase is only in the list of terms (reader QA: `"data trading"`, `"cybersecurity law" China`)', () => {
    // Wilson Center (2020) writes "data trade"; In-House Lawyer (2020) "Cyber Security Law"; each lists the term's headword.
    const page = {
      content: 'Title. Explore the model of data trade. The Cyber Security Law of China applies. Terms in this article Data trading 数据交易 Cybersecurity Law 网络安全法',
      meta: { title: 'Title' },
      anchors: [
        { element: 'p', id: 'p-a', location: 1 },
        { element: 'p', id: 'p-b', location: 7 },
        { element: 'h2', id: 'terms-heading', location: 14 },
      ],
    };
    const phrase = (text: string) => ({ text, words: text.split(' '), open: false });
    const trading = describeMatch(page, ['data', 'trading'], ['数据交易', 'Data trading', 'data trade'], [phrase('data trading')]);
    expect([trading.anchor, trading.marked]).toEqual(['p-a', ['data trade']]);
    const law = describeMatch(page, ['cybersecurity', 'law', 'china'], ['网络安全法', 'Cybersecurity Law', 'Cyber Security Law'], [phrase('cybersecurity law')]);
    expect([law.anchor, law.marked]).toEqual(['p-b', ['Cyber Security Law', 'China']]);
  });

  it('marks a related term’s English name, where the text writes the term in English (a pinyin query found it by its forms)', () => {
    const match = describeMatch(articlePage, ['gao', 'zhiliang', 'fazhan'], ['Farms', 'high-quality development', '高质量']);
    expect(match.anchor).toBe('p-bbb');
    expect(marked(match.excerpt)).toEqual(['high-quality development', '高质量']);
  });
});

describe('a name typed as one pinyin word', () => {
  it('is marked where the text writes it as words (reader QA: `xijinping` found "Xi Jinping" and marked nothing)', () => {
    // The Diplomat, 2015-the-diplomat-internet-plus-rural-economy.
    const record = { content: 'First announced in March by Premier Li Keqiang in his annual government work report, Internet Plus focuses on the Internet.', meta: { words: 'likeqiang' } };
    expect(describeMatch(record, ['likeqiang']).marked).toEqual(['Li Keqiang']);
    // An English word that spells syllables is marked as itself, not as a run.
    expect(describeMatch({ content: 'The data of China.', meta: {} }, ['data']).marked).toEqual(['data']);
  });
});

