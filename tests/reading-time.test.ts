import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts the words of the text, not the markup of callouts', () => {
    expect(countWords('China’s “high-quality development” (高质量发展) plan')).toBeGreaterThanOrEqual(5);
    const mdx = 'The <Term id="digital-china" occurrence="1">Digital China</Term> plan.';
    expect(countWords('The Digital China plan.')).toBe(4);
    expect(readingMinutes(mdx)).toBe(1);
  });

  it('grows with the length of the text', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'policy').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE * 10))).toBe(10);
    expect(readingMinutes(`## Heading\n\n${words(WORDS_PER_MINUTE * 3)}`)).toBe(3);
  });
});
