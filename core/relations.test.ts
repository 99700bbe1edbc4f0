import { describe, expect, it } from 'vitest';
import { lineageOf, relationsByEntry } from './relations.ts';
import type { RelatedTerm } from './schema.ts';

const entry = (id: string, related: RelatedTerm[] = []) => ({ id, related });

describe('relations in both directions', () => {
  it('derives the inverse of each stated relation on the other entry', () => {
    const relations = relationsByEntry([
      entry('new-development-philosophy', [{ id: 'scientific-outlook', relation: 'predecessor' }]),
      entry('scientific-outlook'),
      entry('pipl', [{ id: 'data-laws', relation: 'part-of' }, 'dsl']),
      entry('data-laws'),
      entry('dsl'),
      entry('cac', [{ id: 'cyberspace-administration', relation: 'short-form-of' }]),
      entry('cyberspace-administration'),
    ]);
    expect(relations.get('scientific-outlook')).toEqual([{ id: 'new-development-philosophy', relation: 'successor', origin: 'derived' }]);
    expect(relations.get('data-laws')).toEqual([{ id: 'pipl', relation: 'has-part', origin: 'derived' }]);
    expect(relations.get('dsl')).toEqual([{ id: 'pipl', relation: 'see-also', origin: 'derived' }]);
    expect(relations.get('cyberspace-administration')).toEqual([{ id: 'cac', relation: 'full-form', origin: 'derived' }]);
  });

  it('keeps the typed side when the other lists a bare see-also, and skips unknown ids', () => {
    const relations = relationsByEntry([entry('b', ['a', 'missing']), entry('a', [{ id: 'b', relation: 'predecessor' }])]);
    expect(relations.get('b')).toEqual([{ id: 'a', relation: 'successor', origin: 'derived' }]);
    expect(relations.get('a')).toEqual([{ id: 'b', relation: 'predecessor', origin: 'stated' }]);
  });

  it('walks the lineage both ways, generation by generation, through a loop without hanging', () => {
    const relations = relationsByEntry([
      entry('c', [{ id: 'b', relation: 'predecessor' }]),
      entry('b', [{ id: 'a', relation: 'predecessor' }]),
      entry('a', [{ id: 'c', relation: 'predecessor' }]),
      entry('d', [{ id: 'c', relation: 'predecessor' }]),
    ]);
    expect(lineageOf('b', relations)).toEqual({ before: [['a'], ['c']], after: [['c'], ['a', 'd']] });
  });
});
