/**
 * Scores the query-quality suite (tests/support/search-queries.ts) against a built index: the rank
 * of each expected page among the results of its type, as the search page shows them, and the
 * mean reciprocal rank. A query expected to find nothing scores 1 when it finds nothing.
 */
import type { QueryCase } from '../../tests/support/search-queries.ts';

export interface RankedHit {
  url: string;
  /** The page's URL when `url` is a deep link into it. */
  page?: string;
  type: string;
}

export interface CaseRank extends QueryCase {
  /** 1 = first of its type; 0 = not among the results loaded; for nothing-expected cases, the number of results. */
  rank: number;
  reciprocal: number;
  /** Rank in the whole list as shown, whatever the type (0 = not shown). */
  flatRank: number;
  /** True when the case's excluded page is among the results. */
  falseHit: boolean;
}

const typeOf = (pagePath: string) => (pagePath.startsWith('glossary/') ? 'term' : 'article');

export function rankCase(testCase: QueryCase, hits: RankedHit[], base: string): CaseRank {
  hits = hits.map((hit) => ({ ...hit, url: hit.page ?? hit.url }));
  const falseHit = testCase.excluded !== undefined && hits.some((hit) => hit.url === base + testCase.excluded);
  if (testCase.expected === null) return { ...testCase, rank: hits.length, reciprocal: hits.length === 0 ? 1 : 0, flatRank: 0, falseHit };
  const sameType = hits.filter((hit) => hit.type === typeOf(testCase.expected!));
  const rank = sameType.findIndex((hit) => hit.url === base + testCase.expected) + 1;
  const flatRank = hits.findIndex((hit) => hit.url === base + testCase.expected) + 1;
  return { ...testCase, rank, reciprocal: rank > 0 ? 1 / rank : 0, flatRank, falseHit };
}

/** Mean reciprocal rank in the whole list as shown (groups in the order the page shows them). */
export const flatMeanReciprocalRank = (ranks: CaseRank[]) =>
  ranks.reduce((sum, rank) => sum + (rank.expected === null ? rank.reciprocal : rank.flatRank > 0 ? 1 / rank.flatRank : 0), 0) / Math.max(ranks.length, 1);

export const meanReciprocalRank = (ranks: CaseRank[]) => ranks.reduce((sum, rank) => sum + rank.reciprocal, 0) / Math.max(ranks.length, 1);
