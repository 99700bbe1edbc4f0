/**
 * `npm run bench -- --articles N --terms M`: builds a synthetic corpus of N articles and M glossary
 * terms (scripts/bench/synthetic-corpus.ts) in a temporary folder and runs the full build on it,
 * phase by phase, as separate processes pointed there by CONTENT_DIR, GENERATED_DIR, OUT_DIR,
 * ASTRO_CACHE_DIR and CONVERSION_CACHE_DIR. Prints a table: time and peak memory (max RSS, from
 * /usr/bin/time) of the conversion and of astro build (whose last step is the Pagefind index);
 * total wall time; dist size; the bytes
 * of one article page and of the largest page; the bytes a first search downloads; and the time
 * of a rebuild after editing one article. Options: --keep keeps the folder, --no-rebuild skips it,
 * --compare-starlight also builds the same articles as a stock Starlight site (scripts/bench/starlight.ts)
 * and prints the ratio of the two builds' wall times; --runs N repeats that pair N times, alternating
 * which goes first, and prints the median ratio (one run on a shared machine says little).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstQuery } from './bench/first-query.ts';
import { clearStarlightBuild, prepareStarlight } from './bench/starlight.ts';
import { addOpeningLine, writeSyntheticCorpus } from './bench/synthetic-corpus.ts';
import { filesUnder } from './support/files-under.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    terms: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'compare-starlight': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
// Peak memory comes from GNU time, which minimal images lack: say so rather than fail on spawn.
if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time (GNU time) is missing; install it with `apt-get install time`');
  process.exit(1);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs takes a whole number of at least 1, not "${values.runs}"`);
  process.exit(1);
}
const articles = Number(values.articles);
const terms = Number(values.terms);
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-bench-'));
const dirs = {
  content: path.join(work, 'content'),
  generated: path.join(work, 'generated'),
  dist: path.join(work, 'dist'),
  astroCache: path.join(work, 'astro-cache'),
  conversionCache: path.join(work, 'conversion-cache'),
};
const env: NodeJS.ProcessEnv = {
  ...process.env,
  CONTENT_DIR: dirs.content,
  GENERATED_DIR: dirs.generated,
  OUT_DIR: dirs.dist,
  ASTRO_CACHE_DIR: dirs.astroCache,
  CONVERSION_CACHE_DIR: dirs.conversionCache,
};

interface Phase {
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs one build step under /usr/bin/time; fails the benchmark if the step fails. */
function phase(label: string, args: string[], where: { cwd: string; env: NodeJS.ProcessEnv } = { cwd: root, env }): Promise<Phase> {
  const timing = path.join(work, `time-${label}.txt`);
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', timing, process.execPath, ...args], { ...where, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`));
      const [seconds, kb] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ seconds, peakMb: kb / 1024, output });
    });
  });
}

// As `npm run build` runs it (with its memory settings), without npm's own start-up.
const fullBuild = () => phase('astro', ['scripts/build-site.ts']);
/** Seconds the search index took at the end of the build, as the search-index integration logs it. */
const indexSeconds = (build: Phase) => /search index: .* in ([\d.]+) s/.exec(build.output)?.[1];

try {
  console.log(`policy-reader benchmark: ${articles} articles, ${terms} terms, in ${work}`);
  const corpus = writeSyntheticCorpus({ from: path.join(root, 'content'), to: dirs.content, articles, terms });
  console.log(`  corpus: ${corpus.articleFiles.length} articles, ${corpus.realTerms} real + ${corpus.syntheticTerms} synthetic terms`);

  // Conversion alone, cold (empty cache); the astro build's own conversion then finds every article cached.
  const conversion = await phase('conversion', ['scripts/build-content.ts']);
  const astro = await fullBuild();
  const total = conversion.seconds + astro.seconds;

  const pages = filesUnder(dirs.dist).filter((file) => file.endsWith('.html'));
  const distBytes = filesUnder(dirs.dist).reduce((sum, file) => sum + statSync(file).size, 0);
  const articleDir = readdirSync(path.join(dirs.dist, 'articles')).sort()[0];
  const articlePage = statSync(path.join(dirs.dist, 'articles', articleDir, 'index.html')).size;
  const largest = pages.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes)[0];
  const firstQuery = await measureFirstQuery(dirs.dist, 'data');

  let rebuild: { conversion: number; seconds: number; summary: string } | undefined;
  if (!values['no-rebuild']) {
    const edited = corpus.articleFiles[Math.floor(corpus.articleFiles.length / 2)];
    addOpeningLine(edited, 'An edited opening line for the rebuild benchmark.');
    const converted = await phase('conversion-rebuild', ['scripts/build-content.ts']);
    const summary = /converted [^\n]*?from cache/.exec(converted.output)?.[0] ?? '?';
    // The full rebuild's conversion then finds every article cached, the edited one included.
    const again = await fullBuild();
    rebuild = { conversion: converted.seconds, seconds: converted.seconds + again.seconds, summary };
  }

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (what: string, value: string) => console.log(`| ${what.padEnd(52)} | ${value.padStart(22)} |`);
  console.log(`\n| ${`N = ${articles}, M = ${terms}`.padEnd(52)} | ${''.padStart(22)} |`);
  console.log(`| ${'-'.repeat(52)} | ${'-'.repeat(21)}: |`);
  row('conversion + annotation (cold cache)', `${conversion.seconds.toFixed(1)} s, ${conversion.peakMb.toFixed(0)} MB`);
  // As the CLI reports it: the rest is Node's start-up, reading the files, the glossary parse and writing the concordance.
  const converting = /([\d.]+) s converting articles/.exec(conversion.output)?.[1];
  row('  of which converting the articles', converting ? `${Number(converting).toFixed(1)} s` : '?');
  row('astro build (conversion from cache, search index)', `${astro.seconds.toFixed(1)} s, ${astro.peakMb.toFixed(0)} MB`);
  row('  of which the Pagefind index', `${indexSeconds(astro) ?? '?'} s`);
  row('total wall time', `${total.toFixed(1)} s`);
  row('peak memory (largest phase)', `${Math.max(conversion.peakMb, astro.peakMb).toFixed(0)} MB`);
  row('dist size', `${mb(distBytes)} (${pages.length} pages)`);
  row('one article page', kb(articlePage));
  row(`largest page (${path.relative(dirs.dist, largest.file)})`.slice(0, 52), kb(largest.bytes));
  row(`first query "${firstQuery.query}": bytes downloaded`, `${kb(firstQuery.bytes)} (${firstQuery.results} hits)`);
  row('  the same on the wire (JavaScript gzipped)', kb(firstQuery.wireBytes));
  if (rebuild) row('rebuild after editing one article: conversion', `${rebuild.conversion.toFixed(1)} s`);
  if (rebuild) row('rebuild after editing one article: full', `${rebuild.seconds.toFixed(1)} s`);
  if (rebuild) console.log(`\n  rebuild: ${rebuild.summary}`);

  if (values['compare-starlight']) {
    const starlightDir = path.join(work, 'starlight');
    const astroVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
    const starlightAstro = prepareStarlight(starlightDir, corpus.articleFiles, astroVersion);
    const buildStarlight = () => phase('starlight', [starlightAstro, 'build'], { cwd: starlightDir, env: process.env });
    const ratios: number[] = [];
    for (let run = 1; run <= runs; run++) {
      // Ours as `npm run build` does it on a fresh checkout (no caches, no dist); both start cold, and take turns going first.
      for (const dir of [dirs.conversionCache, dirs.astroCache, dirs.generated, dirs.dist]) rmSync(dir, { recursive: true, force: true });
      clearStarlightBuild(starlightDir);
      let cold: Phase, starlight: Phase;
      if (run % 2 === 1) {
        cold = await fullBuild();
        starlight = await buildStarlight();
      } else {
        starlight = await buildStarlight();
        cold = await fullBuild();
      }
      ratios.push(cold.seconds / starlight.seconds);
      console.log(`\n  run ${run} of ${runs}${run % 2 === 1 ? '' : ' (Starlight first)'}`);
      console.log(`  Starlight ${articles} articles (its pages and Pagefind index): ${starlight.seconds.toFixed(1)} s, ${starlight.peakMb.toFixed(0)} MB`);
      console.log(`  policy-reader, cold (astro build with its conversion and search index): ${cold.seconds.toFixed(1)} s, ${cold.peakMb.toFixed(0)} MB`);
      console.log(`  ratio: ${ratios.at(-1)!.toFixed(2)}× Starlight's wall time`);
    }
    if (runs > 1) {
      const sorted = ratios.toSorted((a, b) => a - b);
      const median = runs % 2 === 1 ? sorted[(runs - 1) / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
      console.log(`\n  median ratio of ${runs} runs: ${median.toFixed(2)}× (${sorted.map((ratio) => ratio.toFixed(2)).join(', ')})`);
    }
  }
} finally {
  if (values.keep) console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
