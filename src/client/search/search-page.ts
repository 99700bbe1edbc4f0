/**
 * The search page's behaviour: loads Pagefind only here (never on article pages), runs the form's
 * query as the reader types, renders the results as a list of links, keeps the URL in step (so a
 * search can be shared and Back works), and moves between the box and the results with the arrow keys.
 */
import { CHINESE } from '../../../core/chinese-text.ts';
import { PINYIN } from '../../../core/mixed-text.ts';
import { formatDate } from '../../lib/dates';
import { searchFilters, searchOptions } from '../../lib/search-options';
import { element, mixedText } from './dom-text.ts';
import { describe } from './search-status.ts';
import { shownBefore as keptOf, type ShownBefore } from './steady-order.ts';
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
/** Pause after a key before its query is searched, and while an input method composes (a syllable's keys come that far apart). */
const TYPING_PAUSE = 150;
const COMPOSING_PAUSE = 700;
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
  /** The results shown, and their filters and sort: the next query with the same ones keeps their order where their match has not changed. */
  let shown: { settings: string; before: ShownBefore } | undefined;
  const settingsOf = ({ filters, sort }: SearchRequest) => JSON.stringify({ filters, sort });

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
      shown = undefined;
      return;
    }
    // The first search loads the index (seconds on a slow line): say so rather than show nothing.
    const slow = setTimeout(() => run === latest && (statusElement.textContent = 'Searching…'), 400);
    try {
      const pagefind = await loadPagefind(formElement.dataset.bundle ?? '/pagefind/pagefind.js');
      const shownBefore = shown?.settings === settingsOf(request) ? shown.before : undefined;
      const response = await runSearch(pagefind, { ...request, shownBefore });
      if (run !== latest) return; // a newer query has started
      shown = { settings: settingsOf(request), before: keptOf(request.query, response.hits) };
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
  const searchAfter = (pause: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void update({ pushUrl: true }), pause);
  };
  // An input method's text while it composes ("shu'zi'j" on the way to 数字经济) is searched only
  // after a longer pause, and the hanzi at once when committed; not skipped outright, as Android
  // keyboards compose every Latin word too.
  formElement.addEventListener('input', (event) => searchAfter((event as InputEvent).isComposing ? COMPOSING_PAUSE : TYPING_PAUSE));
  formElement.addEventListener('compositionend', () => searchAfter(TYPING_PAUSE));
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
