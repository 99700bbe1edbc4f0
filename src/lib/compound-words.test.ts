import { describe, expect, it } from 'vitest';
import { compoundWords } from './compound-words.ts';

describe('compound words', () => {
  it('finds the hyphenated words of a rendering and leaves the rest as it is', () => {
    // content/glossary/world-class.yaml and 14th-five-year-plan.yaml renderings.
    expect(compoundWords('world-class')).toEqual([{ text: 'world-class', compound: true }]);
    expect(compoundWords('Outline of the 14th Five-Year Plan (2021 – 2025) and Long-Range Objectives')).toEqual([
      { text: 'Outline of the 14th ', compound: false },
      { text: 'Five-Year', compound: true },
      { text: ' Plan (2021 – 2025) and ', compound: false },
      { text: 'Long-Range', compound: true },
      { text: ' Objectives', compound: false },
    ]);
    expect(compoundWords('antitrust')).toEqual([{ text: 'antitrust', compound: false }]);
  });

  it('leaves a chain too long to be sure of fitting a phone’s line free to break', () => {
    expect(compoundWords('state-owned-enterprise-reform plan').every((piece) => !piece.compound)).toBe(true);
  });
});
