/**
 * Which terms occur in the same paragraph, and how often: counted per article by the thread that
 * converted it (paragraphs belong to one article), summed over the corpus for the term graph
 * (`generated/cooccurrence.json`), so the site need not read every term's concordance for it.
 */
import { byCodeUnits } from '../../core/order.ts';
import type { CoOccurrence, Occurrence } from '../../core/schema.ts';

/** Paragraphs shared per pair of terms, keyed `"a b"` with a < b. */
export type PairCounts = Record<string, number>;

/** The pairs of one article's occurrences: a term named twice in a paragraph counts once. */
export function paragraphPairs(occurrences: readonly Pick<Occurrence, 'term' | 'anchor'>[]): PairCounts {
  const termsByParagraph = new Map<string, Set<string>>();
  for (const { term, anchor } of occurrences) {
    const terms = termsByParagraph.get(anchor);
    if (terms) terms.add(term);
    else termsByParagraph.set(anchor, new Set([term]));
  }
  const counts: PairCounts = {};
  for (const terms of termsByParagraph.values()) {
    const sorted = [...terms].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]} ${sorted[j]}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** Every article's pairs summed, sorted by the two ids. */
export function sumPairs(perArticle: readonly PairCounts[]): CoOccurrence[] {
  const totals = new Map<string, number>();
  for (const counts of perArticle) for (const [key, count] of Object.entries(counts)) totals.set(key, (totals.get(key) ?? 0) + count);
  return [...totals]
    .map(([key, paragraphs]) => {
      const [a, b] = key.split(' ');
      return { a, b, paragraphs };
    })
    .sort((x, y) => byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b));
}
