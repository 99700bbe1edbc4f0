/**
 * An English rendering followed by its hanzi in parentheses links, with the hanzi, to the hanzi's
 * entry. Excerpts: the report of a CSET translation ("data factor of production (数据要素)")
 * and DigiChina's forum (“high-quality development” (高质量发展)).
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { annotateTerms } from './annotate-terms.ts';
import { TermMatcher } from './term-matcher.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = testEntry;

const matcher = new TermMatcher([
  entry('factors-of-production', '生产要素', ['factor of production', 'factors of production']),
  entry('data-factor', '数据要素', ['data as a factor of economic production']),
  entry('high-quality-development', '高质量发展', ['high-quality development']),
  entry('data-market', '数据要素市场', ['data market']),
]);

/** What each Term of the annotated Markdown wraps, as `id:surface`, and the notes. */
function annotate(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const { notes } = annotateTerms(tree, matcher);
  const found: string[] = [];
  const walk = (node: any) => {
    if (node.type === 'mdxJsxTextElement') found.push(`${node.attributes[0].value}:${node.children[0].value}`);
    node.children?.forEach(walk);
  };
  walk(tree);
  return { found, notes };
}

describe('an English rendering followed by its hanzi', () => {
  it('links the English to the entry of the hanzi, and says so for the lint', () => {
    const { found, notes } = annotate('Intro.\n\nThe data factor of production (数据要素) is new.');
    expect(found).toEqual(['data-factor:factor of production', 'data-factor:数据要素']);
    expect(notes).toEqual([{ kind: 'rendering', line: 3, text: 'factor of production', id: 'data-factor', alias: 'factors-of-production' }]);
  });

  it('accepts a closing quote, no-break spaces and full-width parentheses between them', () => {
    expect(annotate('a “factor of production” (数据要素)').found).toEqual(['data-factor:factor of production', 'data-factor:数据要素']);
    expect(annotate('a factor of production\u00a0(数据要素)').found).toEqual(['data-factor:factor of production', 'data-factor:数据要素']);
    expect(annotate('a factor of production（数据要素）').found).toEqual(['data-factor:factor of production', 'data-factor:数据要素']);
  });

  it('changes nothing when both already name one entry', () => {
    const { found, notes } = annotate('requires “high-quality development” (高质量发展), a new buzzword');
    expect(found).toEqual(['high-quality-development:high-quality development', 'high-quality-development:高质量发展']);
    expect(notes).toEqual([]);
  });

  it('leaves the English alone when the hanzi is not directly in the parenthesis after it, or only starts a longer run', () => {
    expect(annotate('factor of production and then (数据要素)').found).toEqual(['factors-of-production:factor of production', 'data-factor:数据要素']);
    expect(annotate('factor of production (see 数据要素)').found).toEqual(['factors-of-production:factor of production', 'data-factor:数据要素']);
    // 数据要素市场 is matched whole (longest match): the English takes that entry.
    expect(annotate('factor of production (数据要素市场)').found).toEqual(['data-market:factor of production', 'data-market:数据要素市场']);
    // Hanzi first, English in the parenthesis: not a rendering of the hanzi's kind.
    expect(annotate('数据要素 (factor of production)').found).toEqual(['data-factor:数据要素', 'factors-of-production:factor of production']);
  });
});
