/**
 * The concordance as the site reads it: one record per glossary entry, so a term page reads its
 * own file alone rather than every occurrence of every term.
 */
import { mentionCounts } from '../../core/mentions.ts';
import { byCodeUnits } from '../../core/order.ts';
import type { GlossaryEntry, Occurrence } from '../../core/schema.ts';
import type { ArticleRecord, ConvertedArticle } from '../convert-article.ts';
import { paragraphPairs, type PairCounts } from '../graph/cooccurrence.ts';

/**
 * One article's part of the concordance files: per term, its occurrences as JSON, comma-separated.
 * Made by the thread that converted the article, so the main thread only joins text: cloning the
 * occurrences back and serialising them there held up the end of every build.
 */
export type ConcordanceParts = Record<string, string>;

/**
 * An article as the file build keeps it once converted: its MDX written, its occurrences as
 * concordance parts, the term pairs they make and each term's mentions as its page counts them.
 */
export type BuiltArticle = ArticleRecord & { concordance: ConcordanceParts; pairs: PairCounts; mentions: Record<string, number> };

/** What the build keeps of a freshly converted article once its MDX is written (the cache stores it with the MDX). */
export function builtArticle({ mdx: _written, occurrences, ...record }: ConvertedArticle): BuiltArticle {
  return { ...record, concordance: concordanceParts(occurrences), pairs: paragraphPairs(occurrences), mentions: mentionCounts(occurrences) };
}

export function concordanceParts(occurrences: readonly Occurrence[]): ConcordanceParts {
  const parts = new Map<string, string[]>();
  for (const occurrence of occurrences) {
    const json = JSON.stringify(occurrence);
    const list = parts.get(occurrence.term);
    if (list) list.push(json);
    else parts.set(occurrence.term, [json]);
  }
  return Object.fromEntries([...parts].map(([term, list]) => [term, list.join(',')]));
}

/**
 * Each glossary entry's concordance file (one per entry, empty when no article uses it): `{id, occurrences}`
 * as JSON and a line end, occurrences in article then document order, entries sorted by id. One
 * file's text at a time: all of them at once held a second copy of the whole concordance.
 */
export function* concordanceFiles(entries: readonly GlossaryEntry[], articles: readonly { concordance: ConcordanceParts }[]): Generator<{ id: string; text: string }> {
  const byTerm = new Map<string, string[]>(entries.map((entry) => [entry.id, []]));
  for (const article of articles) for (const [term, part] of Object.entries(article.concordance)) byTerm.get(term)?.push(part);
  for (const [id, parts] of [...byTerm].sort(([a], [b]) => byCodeUnits(a, b))) {
    yield { id, text: `{"id":${JSON.stringify(id)},"occurrences":[${parts.join(',')}]}\n` };
  }
}
