import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './reading-time.ts';

describe('reading time', () => {
  it('counts the words of the text, not the markup of callouts', () => {
    expect(countWords('China’s “high-quality development” (高质量发展) plan')).toBeGreaterThanOrEqual(5);
    const mdx = 'The <Term id="digital-china" occurrence="1">Digital China</Term> plan.';
    expect(countWords('The Digital China plan.')).toBe(4);
    expect(readingMinutes(mdx)).toBe(1);
    // Two minutes of words, each inside a callout: counting the tags' words would give about 16.
    const callouts = Array.from({ length: WORDS_PER_MINUTE * 2 }, (_, i) => `<Term id="digital-china" occurrence="${i + 1}">policy</Term>`).join(' ');
    expect(readingMinutes(callouts)).toBe(2);
  });

  it('grows with the length of the text', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'policy').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE * 10))).toBe(10);
    expect(readingMinutes(`## Heading\n\n${words(WORDS_PER_MINUTE * 3)}`)).toBe(3);
  });

  it('does not run together the words either side of a block boundary', () => {
    // One-word headings over one-word paragraphs: run together, each pair would count as one word.
    const pairs = Array.from({ length: WORDS_PER_MINUTE }, () => '## Policy\n\nreform').join('\n\n');
    expect(readingMinutes(pairs)).toBe(2);
  });
});
