/**
 * The bytes a reader's first search downloads: a fresh Pagefind client over the built bundle runs
 * one query as the search page does (results and their data for the first page), and every file
 * it fetched is counted, pagefind.js included. Runs in Node with pagefind-node's file:// fetch shim.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { searchOptions } from '../../src/lib/search-options.ts';
import { runSearch } from '../../src/scripts/search/run-search.ts';
import { loadPagefind, takeFetched } from '../lib/pagefind-node.ts';

export interface FirstQuery {
  query: string;
  results: number;
  bytes: number;
}

export async function measureFirstQuery(siteDir: string, query: string): Promise<FirstQuery> {
  const bundle = path.join(siteDir, 'pagefind');
  takeFetched();
  const client = await loadPagefind(bundle, '/', searchOptions);
  const { total } = await runSearch(client, { query });
  const fetched = takeFetched().reduce((sum, file) => sum + file.bytes, 0);
  await client.destroy();
  return { query, results: total, bytes: fetched + statSync(path.join(bundle, 'pagefind.js')).size };
}
