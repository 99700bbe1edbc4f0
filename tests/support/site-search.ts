/**
 * The shared build's Pagefind index, searched through the search page's own code
 * (src/client/search/run-search.ts) with the site's options, for the site tests of search.
 */
import path from 'node:path';
import { beforeAll, inject } from 'vitest';
import { loadPagefind, vocabularyOf, type PagefindClient } from '../../scripts/support/pagefind-node.ts';
import { searchOptions } from '../../src/lib/search-options.ts';
import { runSearch, type SearchHit, type SearchRequest } from '../../src/client/search/run-search.ts';
import { SITE_BASE as BASE } from './build-site.ts';

/** Loads the index before the file's tests; `search` runs a query as the page does. */
export function siteSearch() {
  const siteDir = inject('siteDir');
  let pagefind: PagefindClient;
  beforeAll(async () => {
    pagefind = await loadPagefind(path.join(siteDir, 'pagefind'), BASE, searchOptions);
  });
  const search = (query: string, request: Omit<SearchRequest, 'query'> = {}) => runSearch(pagefind, { query, vocabulary: vocabularyOf(siteDir), ...request });
  return { siteDir, search };
}

export const term = (id: string) => `${BASE}glossary/${id}/`;
export const article = (slug: string) => `${BASE}articles/${slug}/`;
export const pages = (hits: SearchHit[]) => hits.map((hit) => hit.page);
