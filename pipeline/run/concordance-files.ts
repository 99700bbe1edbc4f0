/**
 * The concordance as the site reads it: one record per glossary entry, so a term page reads its
 * own file alone rather than every occurrence of every term.
 */
import type { ConcordanceEntry, GlossaryEntry, Occurrence } from '../../core/schema.ts';

/** One record per glossary entry (empty when no article uses it), occurrences in article then document order. */
export function buildConcordance(entries: readonly GlossaryEntry[], articles: readonly { occurrences: readonly Occurrence[] }[]): ConcordanceEntry[] {
  const byTerm = new Map<string, Occurrence[]>(entries.map((entry) => [entry.id, []]));
  for (const article of articles) for (const occurrence of article.occurrences) byTerm.get(occurrence.term)?.push(occurrence);
  return [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, occurrences]) => ({ id, occurrences }));
}
