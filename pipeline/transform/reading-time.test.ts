import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../parse/markdown.ts';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './reading-time.ts';

const words = (n: number) => Array.from({ length: n }, () => 'policy').join(' ');

/** A callout as annotate-terms writes it: a component whose attributes are not text. */
const callout = (text: string): PhrasingContent =>
  ({ type: 'mdxJsxTextElement', name: 'Term', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'digital-china' }], children: [{ type: 'text', value: text }] }) as PhrasingContent;

describe('reading time', () => {
  it('counts the words of the text, not the markup of callouts', () => {
    expect(countWords('China’s “high-quality development” (高质量发展) plan')).toBeGreaterThanOrEqual(5);
    expect(countWords('The Digital China plan.')).toBe(4);
    expect(countWords('U.S. exports, 3.5 percent, China’s state-owned firms')).toBe(8);
    // Chinese is counted in words: neither one word per run nor one per character.
    expect(countWords('高质量发展')).toBeGreaterThan(1);
    expect(countWords('高质量发展')).toBeLessThan(5);
    // Two minutes of words, each inside a callout: counting attribute names and values would give more.
    const children = Array.from({ length: WORDS_PER_MINUTE * 2 }, () => [callout('policy'), { type: 'text', value: ' ' } as PhrasingContent]).flat();
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
    expect(readingMinutes(tree)).toBe(2);
  });

  it('grows with the length of the text', () => {
    expect(readingMinutes(parseMarkdown(words(WORDS_PER_MINUTE * 10), 1))).toBe(10);
    expect(readingMinutes(parseMarkdown(`## Heading\n\n${words(WORDS_PER_MINUTE * 3)}`, 1))).toBe(3);
  });

  it('does not run together the words either side of a block boundary', () => {
    // One-word headings over one-word paragraphs: run together, each pair would count as one word.
    const pairs = Array.from({ length: WORDS_PER_MINUTE }, () => '## Policy\n\nreform').join('\n\n');
    expect(readingMinutes(parseMarkdown(pairs, 1))).toBe(2);
  });
});
