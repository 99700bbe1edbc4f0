/**
 * One search as the search page runs it, shared with the tests (tests/search.test.ts) so they
 * check what readers see: Pagefind's results, their data loaded for the first page, put in
 * the shape the page renders, with exact-name matches moved first.
 *
 * Why the re-ranking: Pagefind's metadata boost counts prefix matches fully, so "informatization"
 * boosts "Informatization Plan" (whole name informatizationplan) as much as the term
 * "Informatization". A term whose whole name *is* the query is what the reader means.
 */
import { asOneWord } from '../../../core/search-text.ts';

/** The part of Pagefind's JS API this module uses (its package ships no types for pagefind.js). */
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindRecord> }[] } | null>;
}

export interface PagefindRecord {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  type: 'article' | 'term';
  /** Articles: publisher and ISO date. */
  publisher?: string;
  date?: string;
  /** Terms: hanzi, pinyin and category. */
  hanzi?: string;
  pinyin?: string;
  category?: string;
  /** Pagefind's excerpt: escaped text with the matches in <mark>. */
  excerpt: string;
}

export interface SearchRequest {
  query: string;
  filters?: Record<string, string[]>;
  /** "date": newest articles first (terms have no date and drop out). */
  sort?: 'relevance' | 'date';
  /** How many results to load (each costs a fragment download). */
  limit?: number;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
}

function toHit(record: PagefindRecord): SearchHit {
  const { meta } = record;
  const type = meta.type === 'term' ? 'term' : 'article';
  return {
    url: record.url,
    title: meta.title ?? record.url,
    type,
    excerpt: record.excerpt,
    ...(type === 'article' ? { publisher: meta.publisher, date: meta.date } : { hanzi: meta.hanzi, pinyin: meta.pinyin, category: meta.category }),
  };
}

/** True when the query, written as one word, is one of the record's whole names. */
function isExactName(record: PagefindRecord, query: string): boolean {
  const wanted = asOneWord(query);
  return wanted.length > 0 && (record.meta.whole ?? '').split(' ').includes(wanted);
}

export async function runSearch(pagefind: PagefindApi, { query, filters = {}, sort = 'relevance', limit = 20 }: SearchRequest): Promise<SearchResponse> {
  // Values ticked within one filter widen the search (any of them); different filters narrow it.
  const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  const trimmed = query.trim();
  if (!trimmed && Object.keys(activeFilters).length === 0) return { total: 0, hits: [] };
  const response = await pagefind.search(trimmed || null, { filters: activeFilters, ...(sort === 'date' ? { sort: { date: 'desc' as const } } : {}) });
  const results = response?.results ?? [];
  const records = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  // Stable: exact names first, Pagefind's order otherwise (and always when sorting by date).
  const ordered = sort === 'date' ? records : [...records.filter((r) => isExactName(r, trimmed)), ...records.filter((r) => !isExactName(r, trimmed))];
  return { total: results.length, hits: ordered.map(toHit) };
}
