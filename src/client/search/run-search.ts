/**
 * One search as the search page runs it, shared with the tests and measurements so they check
 * what readers see. Terms and articles are searched apart (Pagefind's type filter) and shown as
 * two groups, so the best article is visible however many terms match. Each loaded result is
 * checked against the query (match-words.ts: no shorter-prefix or mid-syllable false hits; its
 * quoted phrases whole and in a row, phrase-match.ts; the query read by query-parts.ts) and
 * given its own excerpt and paragraph link (excerpt.ts). Terms whose whole name is the query
 * come first, then names that start with it, then names that contain it (shorter first); articles
 * using a hanzi query as a run of its own come before those with it inside a longer run. A query
 * that finds nothing is retried with its English words corrected by one edit (spelling.ts); a
 * query no term page holds whole still finds a term whose name is a run of its words.
 */
import { arrivalQuery } from '../arrival-words.ts';
import { asOneWord } from '../../../core/search-text.ts';
import { describeMatch, type ExcerptPart, type MatchRecord } from './excerpt.ts';
import { hasHan } from '../../../core/chinese-text.ts';
import { holdsQuery, matchStrength, wordsOf } from './match-words.ts';
import { correctQuery } from './spelling.ts';
import { isPinyin } from '../../../core/pinyin-syllables.ts';
import { holdsPhrase } from './phrase-match.ts';
import { resultsFor } from './pagefind-results.ts';
import { readQuery, type Phrase } from './query-parts.ts';
import { steadyFirst, type ShownBefore } from './steady-order.ts';
import { nameScore } from './name-score.ts';

export { normaliseQuery } from './query-parts.ts';

type Filters = Record<string, { any: string[] }>;

/** The part of Pagefind's JS API this module uses (its package ships no types for pagefind.js). */
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindRecord> }[] } | null>;
}

export interface PagefindRecord extends MatchRecord {
  url: string;
}

export type HitType = 'article' | 'term';

/** A result as the page shows it. */
export interface SearchHit {
  /** The link: for an article, to the matching paragraph, with ?q= naming the words to highlight there. */
  url: string;
  /** Pagefind's id of the page: the next search keeps its place while a word is typed (steady-order.ts). */
  id: string;
  /** The page's own URL. */
  page: string;
  title: string;
  type: HitType;
  /** Articles: publisher and ISO date. */
  publisher?: string;
  date?: string;
  /** Terms: hanzi, pinyin and category, and whether the entry is a draft. */
  hanzi?: string;
  pinyin?: string;
  category?: string;
  draft?: boolean;
  /** Terms: the query is one of its names, or part of one; the page shows its excerpt only when not (on a phone, to save the space). */
  named?: boolean;
  /** A sentence of the page, the query's words marked. */
  excerpt: ExcerptPart[];
}

export interface SearchGroup {
  type: HitType;
  /** Results checked and shown: Pagefind's own count includes prefix matches the check rejects. */
  total: number;
  /** Pagefind has results not checked yet: there may be more ("Show more"). */
  more: boolean;
  /**
   * Results are left unchecked though fewer than asked for held the query: most of those checked
   * were false hits (a stem, a prefix), so the rest may hold none ("among the best matches").
   */
  sparse: boolean;
  hits: SearchHit[];
}

export interface SearchRequest {
  query: string;
  filters?: Record<string, string[]>;
  /** "date": newest articles first (terms have no date and drop out). */
  sort?: 'relevance' | 'date';
  /** How many results of each group to load (each costs a fragment download); FIRST_PAGE by default. */
  limit?: Partial<Record<HitType, number>>;
  /** English words to correct a query that finds nothing against (loaded only then). */
  vocabulary?: () => Promise<readonly string[]>;
  /** The results shown for the query before, with the same filters and sort: those whose match has not changed keep their order. */
  shownBefore?: ShownBefore;
}

/** How many terms the page lists before the articles; the rest of the terms follow them. */
export const TERMS_FIRST = 3;

/**
 * Results loaded for a first search: an article's data is its whole text (about 6 KB gzipped,
 * 10 KB for long ones), a term's 1–2 KB; at 1,000 articles this keeps a first search under 200 KB.
 */
export const FIRST_PAGE: Record<HitType, number> = { term: 8, article: 4 };

export interface SearchResponse {
  /** Set when the query found nothing and its corrected form is what was searched. */
  corrected?: string;
  /** The quoted phrases searched as phrases (their words whole, in a row), as typed (or as corrected, when the corrected form was searched). */
  phrases?: string[];
  /** With phrases: the query has words outside them too. */
  loose?: boolean;
  groups: SearchGroup[];
  /** Both groups' hits in the order shown: the first TERMS_FIRST terms, the articles, the other terms; the articles first when no term is named by the query. */
  hits: SearchHit[];
  total: number;
  /** Some group may have more results than `total`. */
  more: boolean;
  /** Every group that may have more is sparse: none filled its page. */
  sparse: boolean;
  /** Pagefind's results checked against the query so far, all groups: what "Search further" adds to. */
  checked: number;
}

/** Every query word is in the term's names: an English word whole, hanzi inside a hanzi name (reader QA: "Data Security Law 数据安全法", `网络安全 law` listed four articles first). */
const namesHold = (record: PagefindRecord, queryWords: string[]) =>
  queryWords.every((word) => (hasHan(word) ? (record.meta.whole ?? '').split(' ').some((name) => name.includes(word)) : wordsOf(record.meta.name ?? '').includes(word)));

/** 1 when the page's text has the (hanzi) query as a run of its own. */
const ownRun = (record: PagefindRecord, query: string) => (hasHan(query) && wordsOf(record.content).includes(query) ? 1 : 0);

/** Each loaded record's Pagefind id (Pagefind keeps one data object per page). */
const idOf = new WeakMap<PagefindRecord, string>();

async function load(result: { id: string; data: () => Promise<PagefindRecord> }): Promise<PagefindRecord> {
  const record = await result.data();
  idOf.set(record, result.id);
  return record;
}

function toHit(record: PagefindRecord, queryWords: string[], related: string[], phrases: Phrase[], named: boolean): SearchHit {
  const { meta } = record;
  const type: HitType = meta.type === 'term' ? 'term' : 'article';
  const match = describeMatch(record, queryWords, related, phrases);
  const deepLink = type === 'article' && match.anchor ? `?${new URLSearchParams({ q: arrivalQuery(match.marked) })}#${match.anchor}` : '';
  return {
    url: record.url + deepLink,
    id: idOf.get(record) ?? record.url,
    page: record.url,
    title: meta.title ?? record.url,
    type,
    excerpt: match.excerpt,
    ...(type === 'article' ? { publisher: meta.publisher, date: meta.date } : { hanzi: meta.hanzi, pinyin: meta.pinyin, category: meta.category, named, ...(meta.draft ? { draft: true } : {}) }),
  };
}

interface Loaded {
  type: HitType;
  more: boolean;
  checked: number;
  records: PagefindRecord[];
  /** Records that hold the query only with its last pinyin syllable unfinished ("gaozhil"): shown when no group has others. */
  partial: PagefindRecord[];
}

/**
 * Batches of results a group loads at most to find `limit` that hold the query: Pagefind's prefix
 * retries can rank many false hits first ("shu4ju4"), and each load is a fragment download.
 */
const MAX_BATCHES = 4;

async function searchGroup(pagefind: PagefindApi, type: HitType, query: string, phrases: Phrase[], filters: Filters, sort: SearchRequest['sort'], limit: number, shownBefore?: ShownBefore): Promise<Loaded> {
  const options = { filters: { ...filters, type: { any: [type] } }, ...(sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
  const queryWords = wordsOf(query);
  const found = await resultsFor((term) => pagefind.search(term, options), query, queryWords, phrases);
  const results = sort === 'date' ? found : await steadyFirst(found, shownBefore, query);
  // Every word (matchWords.ts) and every quoted phrase whole and in a row (phrase-match.ts).
  const holds = (record: PagefindRecord) => (queryWords.length === 0 || holdsQuery(record, queryWords)) && phrases.every((phrase) => holdsPhrase(record, phrase));
  const records: PagefindRecord[] = [];
  const partial: PagefindRecord[] = [];
  let checked = 0;
  while (records.length < limit && checked < results.length && checked < limit * MAX_BATCHES) {
    const batch = await Promise.all(results.slice(checked, checked + limit - records.length).map(load));
    checked += batch.length;
    records.push(...batch.filter(holds));
    partial.push(...batch.filter((record) => !holds(record) && queryWords.length > 0 && holdsQuery(record, queryWords, true) && phrases.every((phrase) => holdsPhrase(record, phrase))));
  }
  // A name of several words is also one word (a whole name): among many terms sharing the
  // words ("shan shan"), Pagefind ranks the one named exactly only when asked for that word.
  const joined = asOneWord(query);
  if (type === 'term' && queryWords.length > 1 && joined) {
    const exact = await Promise.all(((await pagefind.search(joined, options))?.results ?? []).slice(0, 4).map(load));
    records.unshift(...exact.filter((record) => nameScore(record, query) >= 4 && !records.some((other) => other.url === record.url)));
  }
  // A term named by some of the words is no result for a phrase, which it does not hold.
  if (type === 'term' && records.length === 0 && phrases.length === 0) records.push(...(await namedInside(pagefind, query, options)));
  return { type, more: checked < results.length, checked, records, partial: partial.slice(0, limit) };
}

/** The most words of a query searched for a term named inside it: each run of them is one search. */
const NAMED_INSIDE_MAX_WORDS = 6;

/**
 * A term whose whole name is a run of the query's words ("new quality productive forces" in "new
 * quality productive forces China"): no term page holds every word of such a query, yet the
 * reader named one. The longest run that is a term's name wins; runs of two words or more.
 */
async function namedInside(pagefind: PagefindApi, query: string, options: Parameters<PagefindApi['search']>[1]): Promise<PagefindRecord[]> {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > NAMED_INSIDE_MAX_WORDS) return [];
  for (let length = words.length - 1; length >= 2; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      const found = await Promise.all(((await pagefind.search(asOneWord(run), options))?.results ?? []).slice(0, 2).map(load));
      const named = found.filter((record) => nameScore(record, run) >= 4);
      if (named.length > 0) return named;
    }
  }
  return [];
}

function order(group: Loaded, query: string, sort: SearchRequest['sort']): PagefindRecord[] {
  // Newest first: two searches' results (a pinyin phrase, resultsFor) are each in date order, not together.
  if (sort === 'date') return [...group.records].sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? ''));
  if (!query) return group.records;
  const queryWords = wordsOf(query);
  // A term by its names first; then, as an article, one holding the words whole before one holding only longer words ("formula", "formulation").
  const key = (record: PagefindRecord) => (group.type === 'term' ? [nameScore(record, query), matchStrength(record, queryWords)] : [ownRun(record, query) + matchStrength(record, queryWords), 0]);
  // Stable: Pagefind's order among equals.
  return group.records.map((record, index) => ({ record, index, key: key(record) })).sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || a.index - b.index).map(({ record }) => record);
}

async function searchOnce(pagefind: PagefindApi, query: string, phrases: Phrase[], filters: Filters, sort: SearchRequest['sort'], limit: Record<HitType, number>, shownBefore?: ShownBefore) {
  const wanted = filters.type?.any ?? [];
  const types = (['term', 'article'] as const).filter((type) => (wanted.length === 0 || wanted.includes(type)) && !(type === 'term' && sort === 'date'));
  const { type: _ignored, ...otherFilters } = filters;
  return Promise.all(types.map((type) => searchGroup(pagefind, type, query, phrases, otherFilters, sort, limit[type], shownBefore)));
}

/**
 * A query in traditional characters that names a term (its whole traditional form): articles carry
 * the forms of the terms they use in simplified characters only, so they are searched by the
 * term's simplified hanzi too, after those the query found itself.
 */
async function withSimplifiedArticles(pagefind: PagefindApi, loaded: Loaded[], query: string, filters: Filters, sort: SearchRequest['sort'], limit: Record<HitType, number>): Promise<Loaded[]> {
  if (!hasHan(query)) return loaded;
  const named = loaded.find((group) => group.type === 'term')?.records.find((record) => nameScore(record, query) >= 4 && record.meta.hanzi && record.meta.hanzi !== query);
  const articles = loaded.find((group) => group.type === 'article');
  if (!named || !articles) return loaded;
  const simplified = await searchGroup(pagefind, 'article', named.meta.hanzi!, [], filters, sort, limit.article);
  const records = [...articles.records, ...simplified.records.filter((record) => !articles.records.some((other) => other.url === record.url))].slice(0, limit.article);
  return loaded.map((group) => (group === articles ? { ...group, records, more: group.more || simplified.more } : group));
}

export async function runSearch(pagefind: PagefindApi, { query, filters = {}, sort = 'relevance', limit: limits = {}, vocabulary, shownBefore }: SearchRequest): Promise<SearchResponse> {
  const limit = { ...FIRST_PAGE, ...limits };
  // Values ticked within one filter widen the search (any of them); different filters narrow it.
  const activeFilters: Filters = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  let { searched, phrases, loose } = readQuery(query);
  if (!searched && Object.keys(activeFilters).length === 0) return { groups: [], hits: [], total: 0, more: false, sparse: false, checked: 0 };
  let loaded = await searchOnce(pagefind, searched, phrases, activeFilters, sort, limit, shownBefore);
  const none = (groups: Loaded[]) => groups.every((group) => group.records.length === 0);
  // Nothing holds the words at syllable boundaries: the last may be a syllable still being typed ("gaozhil"), or a whole
  // pinyin word mistyped ("xinxin" for xinxi 信息, not xinxing's start), corrected first; a correction only completing it is the typing's.
  const partial = loaded.map((group) => ({ ...group, records: group.partial }));
  let corrected: string | undefined;
  if (searched && vocabulary && none(loaded) && (none(partial) || isPinyin(wordsOf(searched).at(-1) ?? ''))) {
    corrected = correctQuery(query, await vocabulary(), none(partial));
    const read = corrected ? readQuery(corrected) : undefined;
    const retried = read && (await searchOnce(pagefind, read.searched, read.phrases, activeFilters, sort, limit, shownBefore));
    // The corrected query is read as typed, its phrases phrases: the status line says what was searched.
    if (read && retried && (!none(retried) || none(partial))) ({ searched, phrases, loose, loaded } = { ...read, loaded: retried });
    else corrected = undefined;
  }
  if (!corrected && none(loaded)) loaded = partial;
  loaded = await withSimplifiedArticles(pagefind, loaded, searched, activeFilters, sort, limit);
  const queryWords = wordsOf(searched);
  // Hanzi and English names of the terms named by the query: what a pinyin or traditional query finds in an article.
  const named = loaded.filter((group) => group.type === 'term').flatMap((group) => group.records.filter((record) => nameScore(record, searched) > 0));
  // A quoted phrase that is a term's whole name names it too: an article may hold it only in its list of terms, using another name.
  const namedByPhrase = loaded.filter((group) => group.type === 'term').flatMap((group) => group.records.filter((record) => !named.includes(record) && phrases.some((phrase) => nameScore(record, phrase.text) >= 4)));
  const termForms = [...named, ...namedByPhrase].flatMap((record) => [record.meta.hanzi ?? '', ...(record.meta.name ?? '').split(' · ')].filter(Boolean));
  const groups = loaded.map((group) => ({
    type: group.type,
    total: group.records.length,
    more: group.more,
    sparse: group.more && group.records.length < limit[group.type],
    hits: order(group, searched, sort).map((record) => toHit(record, queryWords, group.type === 'article' ? termForms : [], phrases, named.includes(record) || namedByPhrase.includes(record))),
  }));
  const terms = groups.find((group) => group.type === 'term')?.hits ?? [];
  const articles = groups.find((group) => group.type === 'article')?.hits ?? [];
  // Terms lead when the query names one (or holds only words of a term's names); terms that only mention it follow the articles (reader QA: "Xi Jinping").
  // So do terms holding every word whole when no article does (reader QA: "formula" listed articles with only "formulated" first).
  const holdWhole = (type: HitType) => loaded.some((group) => group.type === type && group.records.some((record) => matchStrength(record, queryWords) >= queryWords.length));
  const termsLead = named.length > 0 || loaded.some((group) => group.type === 'term' && group.records.some((record) => namesHold(record, queryWords))) || (holdWhole('term') && !holdWhole('article'));
  const hits = termsLead ? [...terms.slice(0, TERMS_FIRST), ...articles, ...terms.slice(TERMS_FIRST)] : [...articles, ...terms];
  const unfinished = groups.filter((group) => group.more);
  return { ...(corrected ? { corrected } : {}), ...(phrases.length > 0 ? { phrases: phrases.map((phrase) => phrase.text), loose: loose !== '' } : {}), groups: termsLead ? groups : [...groups].reverse(), hits, total: hits.length, more: unfinished.length > 0, sparse: unfinished.length > 0 && unfinished.every((group) => group.sparse), checked: loaded.reduce((sum, group) => sum + group.checked, 0) };
}
