/** A law's numbered divisions read as what they number (legal-divisions.ts). Text from the Data Security Law, Article 25, as chinadataregulation.com quotes it. */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildDictionary } from './dictionary-file.ts';
import { legalDivision } from './legal-divisions.ts';
import { markDictionaryWords } from '../transform/dictionary-words.ts';

describe('a numbered division of a legal text', () => {
  it('reads as what it numbers, whatever the numeral', () => {
    expect(['第二十五条', '第三章', '第一百〇二条', '第两百条', '第十条', '第五款'].map(legalDivision)).toEqual(['Article 25', 'Chapter 3', 'Article 102', 'Article 200', 'Article 10', 'Paragraph 5']);
    expect(['第二', '第十四个', '二十五条', '数据'].map(legalDivision)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is one dictionary word, not 第二 "second" · 十五 "fifteen" · 条 "strip", and its card says which article', () => {
    const tree = unified().use(remarkParse).parse('Article 25 reads: 第二十五条　国家对与维护国家安全和利益相关的数据实施出口管制。') as Root;
    const { words } = markDictionaryWords(tree, []);
    expect(words[0]).toBe('第二十五条');
    const dictionary = buildDictionary([{ slug: 'a', words }]);
    expect(dictionary.words['第二十五条']).toMatchObject({ division: 'Article 25', parts: [], entries: [] });
  });
});
