/** The dictionary layer's step: what it wraps, what it leaves to the curated terms, and the text it keeps. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../parse/capture.ts';
import { annotateTerms } from './annotate-terms.ts';
import { markDictionaryWords } from './dictionary-words.ts';
import { TermMatcher } from './term-matcher.ts';
import { findUncoveredHan } from './coverage.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = testEntry;
const glossary = [entry('data-factor', '数据要素'), entry('hqd', '高质量发展', ['high-quality development'])];

function convert(text: string): Root {
  const tree = parseCapture(`${text}\n`, { title: 'T', rules: [] });
  annotateTerms(tree, new TermMatcher(glossary));
  return tree;
}

/** `Name(attribute)=text` for each JSX element, in document order. */
function elements(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: { type: string; name?: string; children?: unknown[] }) => {
    if (node.type === 'mdxJsxTextElement' && node.name !== 'wbr') {
      const element = node as unknown as { name: string; attributes: { value: string }[] };
      found.push(`${element.name}(${element.attributes[0].value})=${toString(node as never)}`);
      return;
    }
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(tree);
  return found;
}

describe('dictionary words', () => {
  it('gives every word of hanzi outside the curated terms its own element, and leaves the terms to the glossary', () => {
    const tree = convert('国家数据局发挥数据要素的作用, for high-quality development (高质量发展).');
    const { words } = markDictionaryWords(tree, glossary);
    expect(elements(tree)).toEqual(['Word(国家)=国家', 'Word(数据)=数据', 'Word(局)=局', 'Word(发挥)=发挥', 'Term(data-factor)=数据要素', 'Word(的)=的', 'Word(作用)=作用', 'Term(hqd)=high-quality development', 'Term(hqd)=高质量发展']);
    expect(words).toEqual(['国家', '数据', '局', '发挥', '的', '作用']);
  });

  it('lets a line break between two words of a run, never inside one (reader QA: keep-all made each Chinese clause one unbreakable unit)', () => {
    const tree = convert('数据要素发挥作用, 国家数据局');
    markDictionaryWords(tree, glossary);
    const inline = (tree.children[0] as { children: { type: string; name?: string; value?: string }[] }).children;
    expect(inline.map((node) => (node.type === 'text' ? node.value : node.name))).toEqual(['Term', 'wbr', 'Word', ', ', 'Word', 'wbr', 'Word', 'wbr', 'Word', 'wbr']);
  });

  it('keeps the text as it was, punctuation and Latin included', () => {
    const text = '《“数据要素×”三年行动计划（2024—2026年）》 was issued by 17 bodies.';
    const tree = convert(text);
    markDictionaryWords(tree, glossary);
    expect(toString(tree)).toBe(text);
  });

  it('counts the occurrences of each word and leaves links and code alone', () => {
    const tree = convert('The plan says 发展 first and 发展 again, as plans do.');
    markDictionaryWords(tree, glossary);
    expect(JSON.stringify(tree)).toContain('"name":"occurrence","value":"2"');
    const code: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: '发展' }, { type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: '发展' }] }] }] };
    expect(markDictionaryWords(code, glossary).words).toEqual([]);
  });

  it('names the words the text romanises beside them as a name (China Story: "Lu Wei 鲁炜"; NPC Observer: "Wang Xiang (王翔)"), and no other', () => {
    const tree = convert('Back in 2014, Lu Wei 鲁炜, then head of the office, met the spokesperson Wang Xiang (王翔) and 钱钢 (Qian Gang); the Digital China 数字中国 plan and Liu 发展 stand apart.');
    expect(markDictionaryWords(tree, glossary).names).toEqual({ 鲁炜: 'Lu Wei', 王翔: 'Wang Xiang', 钱钢: 'Qian Gang' });
  });

  it('leaves coverage to report the run: a dictionary card does not count as a glossary entry', () => {
    const tree = convert('A newer slogan is 新质生产力.');
    const uncovered = findUncoveredHan(tree, glossary);
    markDictionaryWords(tree, glossary);
    expect(uncovered.map((run) => run.text)).toEqual(['新质生产力']);
    expect(findUncoveredHan(convert('A typo: 条列.'), glossary, ['条列'])).toEqual([]);
  });

  it('leaves a paragraph written in Chinese to the dictionary: a bilingual page\'s sentences are no terms to add (China Daily\'s Buzzword, 2022-06-29)', () => {
    const bilingual = convert('日前，国务院印发《关于加强数字政府建设的指导意见》，就主动顺应经济社会数字化转型趋势作出部署。\n\nThe State Council issued a guideline (指导意见) on the digital government.');
    expect(findUncoveredHan(bilingual, glossary).map((run) => run.text)).toEqual(['指导意见']);
  });
});
