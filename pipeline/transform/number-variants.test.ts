/** An alias's other number (number-variants.ts) and the matcher's use of it. */
import { describe, expect, it } from 'vitest';
import { numberVariant } from './number-variants.ts';
import { TermMatcher } from './term-matcher.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

describe('numberVariant', () => {
  it('turns the last word to the other number by the regular rules', () => {
    expect(['five-year plan', 'industrial policy', 'new development concepts', 'tax', 'approaches', 'smart city'].map(numberVariant)).toEqual([
      'five-year plans',
      'industrial policies',
      'new development concept',
      'taxes',
      'approach',
      'smart cities',
    ]);
  });

  it('leaves words whose s is no plural, short words and forms that do not end in a word', () => {
    expect(['economics', 'Xinhua News', 'process', 'status', 'analysis', 'internet plus', 'AI', 'Made in China 2025', 'Internet+'].map(numberVariant)).toEqual(Array(9).fill(undefined));
  });
});

describe('matching the other number (reading QA: "five-year plans", "industrial policies" and "new development concept" were left unlinked)', () => {
  const matcher = new TermMatcher([
    testEntry('five-year-plan', '五年规划', ['five-year plan']),
    testEntry('new-development-philosophy', '新发展理念', ['new development concepts']),
    testEntry('plans', '计划', ['five-year plans']),
    testEntry('cac', '国家互联网信息办公室', [{ text: 'CAC', case: 'exact' }]),
  ]);
  const found = (text: string) => matcher.find(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

  it('finds an alias in the other number, at word boundaries', () => {
    expect(found('The thirteenth and fourteenth Five-Year Plan and to implement the new development concept.')).toEqual(['five-year-plan:Five-Year Plan', 'new-development-philosophy:new development concept']);
    expect(found('the new development concepts of five-year planners')).toEqual(['new-development-philosophy:new development concepts']);
  });

  it('lets a written alias win over another entry’s variant, and leaves exact aliases as written', () => {
    expect(found('two five-year plans')).toEqual(['plans:five-year plans']);
    expect(found('the CACs')).toEqual([]);
  });
});
