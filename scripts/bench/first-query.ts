/**
 * The bytes a reader's first search downloads: a fresh Pagefind client over the built bundle runs
 * one query as the search page does (results and their data for the first page), and every file
 * it fetched is counted, pagefind.js included. Runs in Node with pagefind-node's file:// fetch shim.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { searchOptions } from '../../src/lib/search-options.ts';
import { runSearch } from '../../src/client/search/run-search.ts';
import { loadPagefind, takeFetched, type FetchedFile } from '../support/pagefind-node.ts';

export interface FirstQuery {
  query: string;
  /** Matches, and how many of them the search page loads data for. */
  results: number;
  loaded: number;
  /** pagefind.js plus every file the query fetched. */
  bytes: number;
  /** Size of pagefind.js, which the page loads before any query. */
  pagefindJs: number;
  /** What a browser transfers from a host that gzips JavaScript: the fetched files, pagefind.js and pagefind-worker.js gzipped. */
  wireBytes: number;
  /** The files the query fetched. */
  fetched: FetchedFile[];
}

export async function measureFirstQuery(siteDir: string, query: string): Promise<FirstQuery> {
  const bundle = path.join(siteDir, 'pagefind');
  takeFetched();
  const client = await loadPagefind(bundle, '/', searchOptions);
  const { total, hits } = await runSearch(client, { query });
  const fetched = takeFetched();
  await client.destroy();
  const pagefindJs = statSync(path.join(bundle, 'pagefind.js')).size;
  const bytes = fetched.reduce((sum, file) => sum + file.bytes, pagefindJs);
  const gzipped = (name: string) => gzipSync(readFileSync(path.join(bundle, name))).byteLength;
  const wireBytes = bytes - pagefindJs + gzipped('pagefind.js') + gzipped('pagefind-worker.js');
  return { query, results: total, loaded: hits.length, bytes, pagefindJs, wireBytes, fetched };
}
