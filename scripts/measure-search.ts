/**
 * `npm run measure:search`: what search costs a reader, on the built site ($OUT_DIR, default dist).
 * Prints the size of the index on disk and, for a few typical queries, the bytes a first query
 * downloads (a fresh client each time, as a reader's first search on the page): pagefind.js, the
 * entry and meta files, the wasm, the index chunks, filters and the fragments of the results the
 * search page loads. Measured in Node; a browser also fetches pagefind-worker.js (listed apart).
 * Then the rank of the expected page for each query tests/search.test.ts asserts.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { measureFirstQuery } from './bench/first-query.ts';
import { filesUnder } from './support/files-under.ts';
import { loadPagefind } from './support/pagefind-node.ts';
import { searchOptions } from '../src/lib/search-options.ts';
import { runSearch } from '../src/client/search/run-search.ts';
import { expectedFirst } from '../tests/support/search-queries.ts';

const queries = ['social credit', 'informatization', '高质量发展', '质量发展', 'gaozhiliang fazhan', 'xinxihua', 'CAC', 'data'];
const siteDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const bundle = path.join(siteDir, 'pagefind');

/** Which part of the bundle a file is. */
function kindOf(file: string): string {
  const name = path.relative(bundle, file);
  if (name.startsWith('index/')) return 'index';
  if (name.startsWith('fragment/')) return 'fragments';
  if (name.startsWith('filter/')) return 'filters';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name === 'pagefind-entry.json') return 'entry';
  return name;
}

const n = (bytes: number) => bytes.toLocaleString('en');
const files = filesUnder(bundle);
const size = (file: string) => statSync(path.join(bundle, file)).size;
console.log(`index: ${bundle}`);
console.log(`  ${n(files.reduce((sum, file) => sum + statSync(file).size, 0))} bytes in ${files.length} files`);
console.log(`  pagefind.js ${n(size('pagefind.js'))} bytes; browser only: pagefind-worker.js ${n(size('pagefind-worker.js'))} bytes\n`);

const kinds = ['pagefind.js', 'entry', 'meta', 'wasm', 'index', 'filters', 'fragments'];
console.log(['query'.padEnd(20), 'results', ...kinds.map((k) => k.padStart(11)), 'total'.padStart(10)].join(' '));
for (const query of queries) {
  const { results, loaded, bytes, pagefindJs, fetched } = await measureFirstQuery(siteDir, query);
  const byKind = new Map<string, number>([['pagefind.js', pagefindJs]]);
  for (const file of fetched) byKind.set(kindOf(file.file), (byKind.get(kindOf(file.file)) ?? 0) + file.bytes);
  console.log([query.padEnd(20), `${String(results).padStart(3)} (${loaded})`, ...kinds.map((k) => n(byKind.get(k) ?? 0).padStart(11)), n(bytes).padStart(10)].join(' '));
}
console.log('\nresults: matches (of which the search page loads data for the first 20). Bytes as stored (Pagefind files are already gzipped).');

// Rank as the search page shows it: 1 = first result; "-" = not among the 20 it loads.
console.log(`\n${'kind'.padEnd(28)} ${'query'.padEnd(24)} rank  expected page`);
const client = await loadPagefind(bundle, '/', searchOptions);
for (const [kind, query, expected] of expectedFirst) {
  const { hits } = await runSearch(client, { query });
  const rank = hits.findIndex((hit) => hit.url === `/${expected}`) + 1;
  console.log(`${kind.padEnd(28)} ${query.padEnd(24)} ${String(rank || '-').padStart(4)}  /${expected}`);
}
await client.destroy();
