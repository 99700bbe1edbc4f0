/**
 * Which terms occur in the same paragraph, and how often, from the concordance files the
 * conversion wrote (each occurrence names its paragraph's anchor).
 */
import type { Occurrence } from '../../core/schema.ts';

export interface CoOccurrence {
  /** The two ids, `a` < `b`. */
  a: string;
  b: string;
  /** Paragraphs that hold both. */
  paragraphs: number;
}

/** `occurrencesOf(id)` reads one term's concordance; pairs come sorted by id. */
export function coOccurrences(ids: readonly string[], occurrencesOf: (id: string) => readonly Pick<Occurrence, 'article' | 'anchor'>[]): CoOccurrence[] {
  const termsByParagraph = new Map<string, Set<string>>();
  for (const id of ids) {
    for (const { article, anchor } of occurrencesOf(id)) {
      const key = `${article}#${anchor}`;
      const terms = termsByParagraph.get(key);
      if (terms) terms.add(id);
      else termsByParagraph.set(key, new Set([id]));
    }
  }
  const counts = new Map<string, number>();
  for (const terms of termsByParagraph.values()) {
    const sorted = [...terms].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]} ${sorted[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .map(([key, paragraphs]) => {
      const [a, b] = key.split(' ');
      return { a, b, paragraphs };
    })
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
