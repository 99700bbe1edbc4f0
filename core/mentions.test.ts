import { describe, expect, it } from 'vitest';
import { mentionCounts, termPassages } from './mentions.ts';
import type { Occurrence } from './schema.ts';

/** Occurrences of `term` in one sentence of paragraph `anchor`, one per form. */
function occurrences(term: string, anchor: string, sentence: string, forms: string[]): Occurrence[] {
  let from = 0;
  return forms.map((form, index) => {
    const start = sentence.indexOf(form, from);
    from = start + form.length;
    return { term, article: 'a', anchor, occurrence: index + 1, sentence, start, end: start + form.length };
  });
}

describe('mentions as a reader counts them', () => {
  it('counts a name and its bracketed hanzi once, a form repeated further on again, per term', () => {
    const hqd = occurrences('hqd', 'p-1', 'Meeting them requires “high-quality development” (高质量发展), a new buzzword.', ['high-quality development', '高质量发展']);
    const data = occurrences('data', 'p-2', 'Data is a factor of production; data again, and data once more.', ['Data', 'data', 'data']);
    expect(mentionCounts([...hqd, ...data])).toEqual({ hqd: 1, data: 3 });
    expect(termPassages(hqd)).toEqual([{ anchor: 'p-1', sentence: hqd[0].sentence, forms: [[hqd[0].start, hqd[0].end], [hqd[1].start, hqd[1].end]], mentions: 1 }]);
  });
});
