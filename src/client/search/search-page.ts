/**
 * The search page's behaviour: loads Pagefind only here (never on article pages), runs the form's
 * query as the reader types, renders the results as a list of links, keeps the URL in step (so a
 * search can be shared and Back works), and moves between the box and the results with the arrow keys.
 */
import { CHINESE } from '../../../core/chinese-text.ts';
import { PINYIN, splitMixedText } from '../../../core/mixed-text.ts';
import { formatDate } from '../../lib/dates';
import { searchFilters, searchOptions } from '../../lib/search-options';
import { scriptParts } from './mixed-query.ts';
import { FIRST_PAGE, runSearch, TERMS_FIRST, type PagefindApi, type SearchGroup, type SearchHit, type SearchRequest, type SearchResponse } from './run-search.ts';

type Pagefind = PagefindApi & { options: (options: object) => Promise<void>; init: () => Promise<void> };

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
/** How long results stand before their query becomes a history entry of its own. */
const SETTLED_MS = 1000;
/** Results each group loads on "Show more". */
const MORE = 10;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    // A runtime URL: the bundle is written after the site is built, so Vite must not resolve it.
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options(searchOptions);
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

let vocabularyPromise: Promise<readonly string[]> | undefined;
const loadVocabulary = (address: string) => (vocabularyPromise ??= fetch(address).then((response) => (response.ok ? response.json() : [])));

function readRequest(formElement: HTMLFormElement, limit: SearchRequest['limit']): SearchRequest {
  const data = new FormData(formElement);
  const filters: Record<string, string[]> = {};
  for (const { name } of searchFilters) filters[name] = data.getAll(name).map(String);
  const words = formElement.dataset.words;
  return { query: String(data.get('q') ?? ''), filters, sort: data.get('sort') === 'date' ? 'date' : 'relevance', limit, ...(words ? { vocabulary: () => loadVocabulary(words) } : {}) };
}

/** Puts the URL's query and filters into the form (a shared link, Back, or the header box's GET). */
function fillForm(formElement: HTMLFormElement, params: URLSearchParams) {
  for (const element of formElement.elements) {
    if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = params.getAll(element.name).includes(element.value);
    else if (element instanceof HTMLInputElement && element.name === 'q') element.value = params.get('q') ?? '';
    else if (element instanceof HTMLSelectElement && element.name === 'sort') element.value = params.get('sort') === 'date' ? 'date' : 'relevance';
  }
  if ([...params.keys()].some((key) => key !== 'q')) formElement.querySelector('details')?.setAttribute('open', '');
}

function urlFor(formElement: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(formElement)) {
    if ((key === 'q' && !String(value).trim()) || (key === 'sort' && value === 'relevance')) continue;
    params.append(key, String(value));
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its runs of hanzi and toned pinyin marked as Chinese, so that a screen reader reads them in Chinese. */
function mixedText(text: string): (string | HTMLElement)[] {
  return splitMixedText(text).map((part) => (part.lang ? Object.assign(element('span', '', part.text), { lang: part.lang }) : part.text));
}

/** The most of a query the status line quotes: a pasted paragraph would fill the screen. */
const QUOTED_MAX = 80;

/** The query in quotes, its Chinese marked, cut to QUOTED_MAX characters. */
function quoted(query: string): (string | HTMLElement)[] {
  const characters = [...query];
  const shown = characters.length > QUOTED_MAX ? `${characters.slice(0, QUOTED_MAX).join('')}…` : query;
  return ['“', ...mixedText(shown), '”'];
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const title = element('a', 'search-hit-title');
  title.append(...mixedText(hit.title));
  title.href = hit.url;
  const meta = element('p', 'search-hit-meta');
  const parts: (string | HTMLElement | undefined)[] =
    hit.type === 'article'
      ? [hit.publisher, hit.date ? Object.assign(element('time', '', formatDate(hit.date)), { dateTime: hit.date }) : undefined]
      : [hit.hanzi ? Object.assign(element('span', '', hit.hanzi), { lang: CHINESE }) : undefined, hit.pinyin ? Object.assign(element('span', '', hit.pinyin), { lang: PINYIN }) : undefined, hit.category, hit.draft ? element('strong', 'draft-label', 'draft entry') : undefined];
  parts.filter((part) => part !== undefined).forEach((part, index) => meta.append(...(index > 0 ? [' · ', part] : [part])));
  const excerpt = element('p', 'search-hit-excerpt');
  for (const part of hit.excerpt) (part.marked ? excerpt.appendChild(element('mark', '')) : excerpt).append(...mixedText(part.text));
  item.append(title, meta, excerpt);
  // A term listed for its name needs no excerpt on a phone; one listed for its text shows why (reader QA: `"data trading"`).
  if (hit.named) item.classList.add('search-hit-named');
  return item;
}

const GROUP_HEADINGS = { term: 'Terms', article: 'Articles' } as const;

function renderGroup(group: SearchGroup, termsUnfolded: boolean): HTMLElement {
  const section = element('section', 'search-group');
  const heading = element('h2', 'search-group-heading', `${GROUP_HEADINGS[group.type]} (${group.total}${group.more && !group.sparse ? '+' : ''})`);
  heading.id = `search-group-${group.type}`;
  const items = element('ol', 'search-group-list');
  items.setAttribute('aria-labelledby', heading.id);
  items.append(...group.hits.map(renderHit));
  section.append(heading, items);
  // A few terms, then the articles: the best of each group is on the first screen.
  const folded = group.type === 'term' && !termsUnfolded ? [...items.children].slice(TERMS_FIRST) : [];
  if (folded.length > 0) {
    folded.forEach((item) => item.setAttribute('hidden', ''));
    const unfold = element('button', 'search-unfold', `Show ${folded.length} more term${folded.length === 1 ? '' : 's'}`);
    unfold.type = 'button';
    unfold.addEventListener('click', () => {
      folded.forEach((item) => item.removeAttribute('hidden'));
      unfold.remove();
      section.dispatchEvent(new Event('unfold', { bubbles: true }));
      folded[0].querySelector('a')?.focus();
    });
    section.append(unfold);
  }
  return section;
}

function describe(response: SearchResponse, request: SearchRequest): (string | HTMLElement)[] {
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

function countSentence(response: SearchResponse, request: SearchRequest, asked: string): (string | HTMLElement)[] {
  // What was typed, when its corrected form was searched (the phrases are the corrected ones).
  const forAsked = response.corrected ? [' for ', ...quoted(asked)] : forQuery(response, asked);
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
  return response.corrected ? ['No results for ', ...quoted(asked), `; ${count}`, ...forQuery(response, response.corrected), `${among}.`] : [count, ...forAsked, `${among}.`];
}

/** A link to this page searching `query`. */
function searchLink(query: string): HTMLAnchorElement {
  const link = element('a', 'search-part');
  link.href = `${location.pathname}?${new URLSearchParams({ q: query })}`;
  link.append(...quoted(query));
  return link;
}

/** ↓ from the box enters the results, ↑/↓ move between them, ↑ from the first (or Escape) returns. */
function enableArrowKeys(box: HTMLInputElement, results: HTMLElement) {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit-title')].filter((link) => !link.closest('[hidden]'));
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' && index < all.length - 1) all[index + 1].focus();
    else if (event.key === 'ArrowUp') (index > 0 ? all[index - 1] : box).focus();
    else if (event.key === 'Escape') box.focus();
    else return;
    event.preventDefault();
  });
}

async function main(formElement: HTMLFormElement, box: HTMLInputElement, statusElement: HTMLElement, results: HTMLElement, moreButton: HTMLButtonElement) {
  formElement.hidden = false; // hidden without JavaScript, when the page's <noscript> explains instead
  fillForm(formElement, new URLSearchParams(location.search));
  enableArrowKeys(box, results);
  let latest = 0;
  let limit = { ...FIRST_PAGE };
  /** The request whose results are shown: a `change` event that asks for it again (the box losing focus to them) redraws nothing. */
  let shownRequest = '';
  /** The reader unfolded the terms: "Show more results" keeps them unfolded. */
  let termsUnfolded = false;
  results.addEventListener('unfold', () => (termsUnfolded = true));
  /** When results were last shown: a query read for a while is a place Back returns to. */
  let shownAt = 0;

  async function update({ pushUrl, keepLimit = false }: { pushUrl: boolean; keepLimit?: boolean }) {
    const run = ++latest;
    if (!keepLimit) {
      limit = { ...FIRST_PAGE };
      termsUnfolded = false;
    }
    const request = readRequest(formElement, limit);
    const url = urlFor(formElement);
    if (pushUrl && url !== `${location.pathname}${location.search}`) {
      // While the reader types, the URL follows the box; a query whose results stood for a second stays in the history.
      const settled = new URLSearchParams(location.search).has('q') && performance.now() - shownAt > SETTLED_MS;
      if (settled) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (!request.query.trim() && Object.values(request.filters ?? {}).every((values) => values.length === 0)) {
      results.replaceChildren();
      statusElement.textContent = '';
      moreButton.hidden = true;
      return;
    }
    // The first search loads the index (seconds on a slow line): say so rather than show nothing.
    const slow = setTimeout(() => run === latest && (statusElement.textContent = 'Searching…'), 400);
    try {
      const pagefind = await loadPagefind(formElement.dataset.bundle ?? '/pagefind/pagefind.js');
      const response = await runSearch(pagefind, request);
      if (run !== latest) return; // a newer query has started
      results.replaceChildren(...response.groups.filter((group) => group.hits.length > 0).map((group) => renderGroup(group, termsUnfolded)));
      statusElement.replaceChildren(...describe(response, request));
      moreButton.hidden = !response.more;
      moreButton.textContent = response.sparse || response.total === 0 ? 'Search further' : 'Show more results';
      shownAt = performance.now();
      shownRequest = JSON.stringify(request);
    } catch {
      if (run !== latest) return;
      results.replaceChildren();
      moreButton.hidden = true;
      statusElement.textContent = 'The search index could not be loaded. It is built by `npm run build` (not by `npm run dev`); meanwhile the glossary index lists every term.';
    } finally {
      clearTimeout(slow);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  formElement.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update({ pushUrl: true }), 150);
  });
  formElement.addEventListener('change', () => {
    if (JSON.stringify(readRequest(formElement, limit)) !== shownRequest) void update({ pushUrl: true });
  });
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update({ pushUrl: true });
  });
  window.addEventListener('popstate', () => {
    fillForm(formElement, new URLSearchParams(location.search));
    void update({ pushUrl: false });
  });
  moreButton.addEventListener('click', async () => {
    const before = new Set([...results.querySelectorAll<HTMLAnchorElement>('a.search-hit-title')].map((link) => link.href));
    limit = { term: limit.term + MORE, article: limit.article + MORE };
    await update({ pushUrl: false, keepLimit: true });
    const added = [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit-title')].filter((link) => !before.has(link.href));
    // Once the articles have run out, a batch may hold only terms, folded away, or nothing new: show the folded terms, or the press shows nothing.
    const unfold = results.querySelector<HTMLButtonElement>('.search-unfold');
    if (unfold && added.every((link) => link.closest('[hidden]'))) return unfold.click();
    // Keyboard users continue at the first new result; with none (the last batch hides this button), at the count.
    (added.find((link) => !link.closest('[hidden]')) ?? statusElement).focus();
  });
  // Arriving with a query (the header's box, a shared link), typing goes on here and ↓ reaches the
  // results; not on a touch screen, where focus opens the keyboard over the results.
  if (!box.value || matchMedia('(pointer: fine)').matches) box.focus();
  await update({ pushUrl: false });
}

if (form && input && status && list && more) void main(form, input, status, list, more);
