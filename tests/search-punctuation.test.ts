/**
 * Quoted phrases and words joined by punctuation, on the index built from the real corpus, for
 * every term named by several words (so the cases follow the glossary an editor builds).
 * Reader QA (stop 35): `"data trading"` listed pages with "data trade" and the words apart;
 * `cybersecurity-law` found 1 page where `cybersecurity law` found 8+.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { loadPagefind, type PagefindClient } from '../scripts/support/pagefind-node.ts';
import { searchOptions } from '../src/lib/search-options.ts';
import { runSearch } from '../src/client/search/run-search.ts';
import { wordsOf } from '../src/client/search/match-words.ts';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { corpus } from './support/corpus.ts';

const siteDir = inject('siteDir');
let pagefind: PagefindClient;
beforeAll(async () => {
  pagefind = await loadPagefind(path.join(siteDir, 'pagefind'), BASE, searchOptions);
});

// Every result loaded, so that what each search finds is compared whole.
const ALL = { limit: { term: 500, article: 500 } };
const names = loadGlossary(corpus.glossary).map((entry) => entry.term).filter((name) => name.split(/\s+/).length > 1);

/** The words of a listed page: its indexed text (other hidden metadata left out), its title, and a term's names one by one. */
function pageWords(page: string): string[][] {
  const html = parse(readFileSync(path.join(siteDir, page.slice(BASE.length), 'index.html'), 'utf8'));
  const names = (html.querySelector('[data-pagefind-meta="name"]')?.textContent ?? '').split(' · ');
  const body = html.querySelector('[data-pagefind-body]');
  for (const ignored of body?.querySelectorAll('[data-pagefind-ignore], [data-pagefind-meta]') ?? []) ignored.remove();
  return [body?.textContent ?? '', html.querySelector('title')?.textContent ?? '', ...names].map(wordsOf);
}
const inRow = (words: string[], phrase: string[]) => words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));

describe('a quoted name', () => {
  it('lists only pages whose text or title has its words in a row, the term first', async () => {
    expect(names.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const name of names) {
      const { hits, phrases } = await runSearch(pagefind, { query: `"${name}"`, ...ALL });
      expect(phrases).toEqual([name]);
      if (hits[0]?.title !== name) wrong.push(`"${name}": ${hits[0]?.page ?? 'nothing'} first`);
      for (const hit of hits) if (!pageWords(hit.page).some((words) => inRow(words, wordsOf(name)))) wrong.push(`"${name}": ${hit.page} does not hold it`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a name with hyphens for its spaces', () => {
  // Names of plain words ("Cybersecurity Law"): Pagefind indexes a range like 2016–2020 only joined, so a name holding one is left out.
  const plain = names.filter((name) => name.split(/\s+/).every((word) => /^[\p{L}\p{N}]+$/u.test(word)));

  it('finds what the name with spaces finds', async () => {
    expect(plain.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const name of plain) {
      const pagesOf = async (query: string) => (await runSearch(pagefind, { query, ...ALL })).hits.map((hit) => hit.page).sort();
      const [hyphenated, spaced] = [await pagesOf(name.split(/\s+/).join('-')), await pagesOf(name)];
      if (hyphenated.join() !== spaced.join()) wrong.push(`${name}: ${hyphenated.length} pages hyphenated, ${spaced.length} with spaces`);
    }
    expect(wrong).toEqual([]);
  });
});
