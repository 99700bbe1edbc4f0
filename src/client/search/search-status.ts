/**
 * The search page's status line: how many results, for what was searched (a phrase, a word as
 * written, a corrected query), and for a query of hanzi and other words that found few, its parts.
 */
import { element, mixedText } from './dom-text.ts';
import { scriptParts } from './mixed-query.ts';
import type { SearchRequest, SearchResponse } from './run-search.ts';

/** The most of a query the status line quotes: a pasted paragraph would fill the screen. */
const QUOTED_MAX = 80;

/** The query in quotes, its Chinese marked, cut to QUOTED_MAX characters. */
function quoted(query: string): (string | HTMLElement)[] {
  const characters = [...query];
  const shown = characters.length > QUOTED_MAX ? `${characters.slice(0, QUOTED_MAX).join('')}…` : query;
  return ['“', ...mixedText(shown), '”'];
}

/** The status line for a response to `request`. */
export function describe(response: SearchResponse, request: SearchRequest): (string | HTMLElement)[] {
  const asked = request.query.trim();
  const said = countSentence(response, request, asked);
  // A query of hanzi and other words finds only pages with both (reader QA: "Xi 习近平", 2 results).
  const parts = !response.more && response.total < FEW ? scriptParts(response.corrected ?? asked) : undefined;
  return parts ? [...said, ' Every word must match: search ', searchLink(parts.other), ' or ', searchLink(parts.chinese), ' alone.'] : said;
}

/** Fewer results than this, for a query of hanzi and other words, come with its parts to search alone. */
const FEW = 5;

/**
 * What was searched: a query that is one quoted phrase says so; quoted words among others are said to
 * be a phrase, a quoted single word to be searched as written (whole, not its stem or a longer word).
 */
function forQuery(response: SearchResponse, asked: string): (string | HTMLElement)[] {
  if (!asked) return [];
  const phrases = response.phrases ?? [];
  if (phrases.length === 0) return [' for ', ...quoted(asked)];
  const words = phrases.filter((phrase) => !/\s/.test(phrase)).length;
  if (phrases.length === 1 && !response.loose) return [words === 1 ? ' for the word ' : ' for the phrase ', ...quoted(phrases[0]), ...(words === 1 ? [' as written'] : [])];
  const said = words === phrases.length ? `the quoted word${words === 1 ? '' : 's'} as written` : words === 0 ? `the quoted words as ${phrases.length === 1 ? 'a phrase' : 'phrases'}` : 'the quoted words as written and in a row';
  return [' for ', ...quoted(asked), `, ${said}`];
}

/** The query as typed, before its correction: one quoted phrase as the phrase, not in two pairs of quotes (“"data secuirty law"”). */
function typed(asked: string): (string | HTMLElement)[] {
  const phrase = /^"([^"]+)"$/.exec(asked.trim());
  return phrase ? [' for the phrase ', ...quoted(phrase[1])] : [' for ', ...quoted(asked)];
}

function countSentence(response: SearchResponse, request: SearchRequest, asked: string): (string | HTMLElement)[] {
  // What was typed, when its corrected form was searched (the phrases are the corrected ones).
  const forAsked = response.corrected ? typed(asked) : forQuery(response, asked);
  // Each "Search further" checks more of them: the count says it did (reader QA: the press showed no change).
  if (response.total === 0 && response.more) return ['No results', ...forAsked, ` in the ${response.checked} closest matches checked so far.`];
  if (response.total === 0) {
    // Terms have no date: sorted by date, only articles are listed.
    const termsOnly = request.sort === 'date' && request.filters?.type?.length === 1 && request.filters.type[0] === 'term';
    return termsOnly ? ['Terms have no date: sort by relevance to list them.'] : ['No results', ...forAsked, '.'];
  }
  // "12+": results past those checked may not hold the query, so Pagefind's own count is not given.
  // When few of those checked held it, the rest may hold none: the count is said to be of the best matches.
  const plus = response.more && !response.sparse ? '+' : '';
  const count = `${response.total}${plus} result${response.total === 1 && !plus ? '' : 's'}`;
  const among = response.sparse ? ' among the best matches' : '';
  return response.corrected ? ['No results', ...typed(asked), `; ${count}`, ...forQuery(response, response.corrected), `${among}.`] : [count, ...forAsked, `${among}.`];
}

/** A link to this page searching `query`. */
function searchLink(query: string): HTMLAnchorElement {
  const link = element('a', 'search-part');
  link.href = `${location.pathname}?${new URLSearchParams({ q: query })}`;
  link.append(...quoted(query));
  return link;
}
