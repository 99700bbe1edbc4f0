/** Shared paragraphs for the term graph: counted per article, each paragraph once, summed over the corpus. */
import { describe, expect, it } from 'vitest';
import { paragraphPairs, sumPairs } from './cooccurrence.ts';

describe('co-occurrence', () => {
  it('counts the paragraphs two terms share, each paragraph once, over every article', () => {
    // c and d share two paragraphs of the first article (d twice in one) and one of the second.
    const first = paragraphPairs([{ term: 'd', anchor: 'p-1' }, { term: 'c', anchor: 'p-1' }, { term: 'd', anchor: 'p-1' }, { term: 'c', anchor: 'p-2' }, { term: 'd', anchor: 'p-2' }, { term: 'a', anchor: 'p-3' }]);
    const second = paragraphPairs([{ term: 'c', anchor: 'p-1' }, { term: 'd', anchor: 'p-1' }, { term: 'b', anchor: 'p-1' }]);
    expect(first).toEqual({ 'c d': 2 });
    expect(sumPairs([first, second])).toEqual([
      { a: 'b', b: 'c', paragraphs: 1 },
      { a: 'b', b: 'd', paragraphs: 1 },
      { a: 'c', b: 'd', paragraphs: 3 },
    ]);
  });
});
