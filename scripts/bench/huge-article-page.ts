/**
 * `node scripts/bench/huge-article-page.ts [--bytes N] [--format txt|md]`: builds the site with one more article, a
 * single paragraph of N characters (2 MB by default: the hostile-input fixture, tens of thousands of
 * terms), and prints the astro build's time, that page's render time as Astro logs it, its number
 * of callouts and its size; run it with two sizes to see whether a page renders in linear time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hugeParagraph } from './huge-paragraph.ts';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '2000000' }, format: { type: 'string', default: 'txt' } } });
if (values.format !== 'txt' && values.format !== 'md') throw new Error('--format is txt (a capture) or md (Markdown)');

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-huge-page-'));
const contentDir = path.join(work, 'content');
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
writeFileSync(path.join(contentDir, `articles/2021-huge-paragraph.${values.format}`), `---\ntitle: Huge\npublisher: P\npublished: "2021"\nsummary: S\n---\n${hugeParagraph(Number(values.bytes))}\n`);
const env = {
  ...process.env,
  CONTENT_DIR: contentDir,
  GENERATED_DIR: path.join(work, 'generated'),
  OUT_DIR: path.join(work, 'dist'),
  ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
  CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache'),
};
const started = performance.now();
// CPU time (user + sys, from GNU time) as well as wall time: on a shared machine the wall time says little.
const timeFile = path.join(work, 'time.txt');
const astro = [process.execPath, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
const [command, ...args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, ...astro] : astro;
const build = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const page = path.join(work, 'dist/articles/2021-huge-paragraph/index.html');
const html = readFileSync(page, 'utf8');
const count = (pattern: RegExp) => html.match(pattern)?.length ?? 0;
// With build.concurrency astro writes several pages on one line and times only the last of them.
const pageLog = /\/articles\/2021-huge-paragraph\/index\.html(?: \(\+[^)]*\))?/.exec(build.stdout)?.[0] ?? '';
const [user, sys, maxKb] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
console.log(`astro build with a ${values.bytes}-character paragraph (.${values.format}): ${seconds.toFixed(1)} s wall${user === undefined ? '' : `, ${(user + sys).toFixed(1)} s CPU, ${Math.round(maxKb / 1024)} MB peak`}`);
console.log(`its page as astro logged it: ${pageLog.includes('(+') ? pageLog : `${pageLog} (rendered concurrently with others: no time of its own)`}`);
console.log(`its page: ${(statSync(page).size / 1e6).toFixed(2)} MB, ${count(/class="term-link"/g)} term links, ${count(/class="term-mention"/g)} repeats, ${count(/class="term-card"/g)} cards`);
rmSync(work, { recursive: true, force: true });
