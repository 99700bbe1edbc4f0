import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { annotateTerms } from './annotate-terms.ts';
import { markDictionaryWords } from './dictionary-words.ts';
import { markFirstMentions } from './first-mentions.ts';
import { TermMatcher } from './term-matcher.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = testEntry;
const glossary = [entry('cac', '国家互联网信息办公室', ['CAC']), entry('hqd', '高质量发展', ['high-quality development'])];
const matcher = new TermMatcher(glossary);

/** Each Term as `id` for a first mention in its section, `id*` for a repeat. */
function mentions(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  annotateTerms(tree, matcher);
  markDictionaryWords(tree, glossary);
  markFirstMentions(tree);
  const found: string[] = [];
  const walk = (node: any) => {
    if (node.type === 'mdxJsxTextElement' && node.name !== 'wbr') {
      const repeat = node.attributes.some((a: any) => a.name === 'mention' && a.value === 'repeat');
      found.push(`${node.attributes[0].value}${repeat ? '*' : ''}`);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('markFirstMentions', () => {
  it('keeps the first mention of each term in a section and marks the repeats, hanzi and English alike', () => {
    expect(mentions('The CAC and high-quality development.\n\nThe CAC again, 高质量发展 and 国家互联网信息办公室.')).toEqual(['cac', 'hqd', 'cac*', 'hqd*', 'cac*']);
  });

  it('starts again at every second-level heading, not at deeper ones', () => {
    expect(mentions('The CAC.\n\n## One\n\nThe CAC.\n\n### Deeper\n\nThe CAC.\n\n## Two\n\n- the CAC in a list\n- the CAC again')).toEqual(['cac', 'cac', 'cac*', 'cac', 'cac*']);
  });

  it('gives every footnote a section of its own', () => {
    expect(mentions('The CAC.[^1] The CAC.[^2]\n\n[^1]: The CAC said so.\n[^2]: The CAC and the CAC.')).toEqual(['cac', 'cac*', 'cac', 'cac', 'cac*']);
  });

  it('treats dictionary words as it treats terms: a link at the first mention in each section, a heading included', () => {
    expect(mentions('## 强国 and the CAC\n\n强国, the CAC and 强国 again.\n\n## Next\n\n强国.')).toEqual(['强国', 'cac', '强国*', 'cac*', '强国*', '强国']);
  });

  it('keeps terms and words apart even when their keys are spelled alike', () => {
    expect(mentions('The CAC and 数据.\n\n数据, the CAC.')).toEqual(['cac', '数据', '数据*', 'cac*']);
  });
});
