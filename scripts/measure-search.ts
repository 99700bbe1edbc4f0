/**
 * `npm run measure:search`: what search costs a reader and how well it ranks, on the built site
 * ($OUT_DIR, default dist; the glossary of $CONTENT_DIR, default content).
 * Prints the index size; for a few typical queries, the bytes a first query downloads (a fresh
 * client each time, as a reader's first search: pagefind.js, entry, meta, wasm, index chunks,
 * filters and the fragments of the results the page shows; a browser also fetches
 * pagefind-worker.js, listed apart); then the query-quality suite with each expected page's rank
 * among the results of its type, and the mean reciprocal rank (MRR).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { measureFirstQuery } from './bench/first-query.ts';
import { filesUnder } from './support/files-under.ts';
import { loadPagefind, vocabularyOf } from './support/pagefind-node.ts';
import { flatMeanReciprocalRank, meanReciprocalRank, rankCase } from './support/query-quality.ts';
import { holdsPhrase, phraseQueries } from './support/pinyin-phrases.ts';
import { readCorpus } from '../pipeline/index.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { contentPaths } from '../core/paths.ts';
import { searchOptions } from '../src/lib/search-options.ts';
import { runSearch } from '../src/client/search/run-search.ts';
import { derivedQueries, handWrittenQueries } from '../tests/support/search-queries.ts';

const queries = ['social credit', 'informatization', '高质量发展', '质量发展', 'gaozhiliang fazhan', 'xinxihua', 'CAC', 'data'];
const root = path.resolve(import.meta.dirname, '..');
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
console.log(['query'.padEnd(20), 'results', ...kinds.map((k) => k.padStart(11)), 'total'.padStart(10), 'on the wire'.padStart(12)].join(' '));
for (const query of queries) {
  const { results, loaded, bytes, pagefindJs, wireBytes, fetched } = await measureFirstQuery(siteDir, query);
  const byKind = new Map<string, number>([['pagefind.js', pagefindJs]]);
  for (const file of fetched) byKind.set(kindOf(file.file), (byKind.get(kindOf(file.file)) ?? 0) + file.bytes);
  console.log([query.padEnd(20), `${String(results).padStart(3)} (${loaded})`, ...kinds.map((k) => n(byKind.get(k) ?? 0).padStart(11)), n(bytes).padStart(10), n(wireBytes).padStart(12)].join(' '));
}
console.log('\nresults: matches (of which the search page loads data for the ones it shows). Bytes as stored (Pagefind files are already gzipped);');
console.log('on the wire: what a browser transfers from a host that gzips JavaScript, pagefind.js and pagefind-worker.js gzipped.');

// Rank as the search page shows it: 1 = first of its type; "-" = not among the results it shows.
const glossary = loadGlossary((await readCorpus({ contentDir: contentPaths(root).contentDir, root })).glossary);
const suite = [...handWrittenQueries, ...derivedQueries(glossary)];
// Hand-written cases name pages of the real corpus; a corpus without the page (the benchmark's) skips them.
const applicable = suite.filter((testCase) => testCase.expected === null || existsSync(path.join(siteDir, testCase.expected, 'index.html')));
if (applicable.length < suite.length) console.log(`\n${suite.length - applicable.length} cases skipped: their page is not in this corpus`);
const client = await loadPagefind(bundle, '/', searchOptions);
const ranks = [];
for (const testCase of applicable) ranks.push(rankCase(testCase, (await runSearch(client, { query: testCase.query, vocabulary: vocabularyOf(siteDir) })).hits, '/'));
// The articles' own Chinese words typed syllable by syllable: is the article listed, and is every page listed one that has the phrase?
const articlePages = readdirSync(path.join(siteDir, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `articles/${entry.name}/`).sort();
const phrases = phraseQueries(siteDir, articlePages);
const phraseResults = [];
for (const phrase of phrases) {
  const { hits } = await runSearch(client, { query: phrase.query });
  phraseResults.push({ ...phrase, found: hits.some((hit) => hit.page === `/${phrase.article}`), without: hits.filter((hit) => !holdsPhrase(siteDir, hit.page.slice(1), phrase.query)).map((hit) => hit.page) });
}
await client.destroy();
console.log(`\n${'kind'.padEnd(32)} ${'query'.padEnd(26)} rank  shown  expected page`);
for (const rank of ranks.filter((r) => r.reciprocal < 1 || r.falseHit || !r.kind.startsWith('derived'))) {
  const shown = rank.expected === null ? `${rank.rank} results` : String(rank.rank || '-');
  const falseHit = rank.falseHit ? `  FALSE HIT /${rank.excluded}` : '';
  console.log(`${rank.kind.padEnd(32)} ${rank.query.slice(0, 26).padEnd(26)} ${shown.padStart(4)} ${String(rank.flatRank || '-').padStart(6)}  ${rank.expected === null ? '(nothing)' : `/${rank.expected}`}${falseHit}`);
}
const hand = ranks.filter((r) => !r.kind.startsWith('derived'));
const derived = ranks.filter((r) => r.kind.startsWith('derived'));
console.log(`\n(derived cases ranked first are not listed)`);
console.log(`MRR hand-written: ${meanReciprocalRank(hand).toFixed(3)} over ${hand.length} queries; first: ${hand.filter((r) => r.reciprocal === 1).length}`);
console.log(`MRR derived from the glossary: ${meanReciprocalRank(derived).toFixed(3)} over ${derived.length} queries; first: ${derived.filter((r) => r.reciprocal === 1).length}`);
console.log(`MRR all: ${meanReciprocalRank(ranks).toFixed(3)} over ${ranks.length} queries (rank among results of the expected type)`);
console.log(`MRR all, rank in the whole list as shown: ${flatMeanReciprocalRank(ranks).toFixed(3)}; false hits: ${ranks.filter((r) => r.falseHit).length}`);
const withFalseHits = phraseResults.filter((result) => result.without.length > 0);
console.log(`\npinyin phrases of the articles' words (${phrases.length}, e.g. "${phrases[0]?.query ?? ''}" for ${phrases[0]?.hanzi ?? ''}): article listed for ${phraseResults.filter((result) => result.found).length}`);
console.log(`  false hits (pages listed without the phrase): ${withFalseHits.reduce((sum, result) => sum + result.without.length, 0)}, on ${withFalseHits.length} queries`);
for (const result of withFalseHits.slice(0, 8)) console.log(`  ${result.query} (${result.hanzi}): ${result.without.join(' ')}`);
