/**
 * `node scripts/bench/huge-article-page.ts`: builds the site with one more article, a single 2 MB
 * paragraph holding tens of thousands of terms (the hostile-input fixture), and prints the astro
 * build's time, the number of callouts, and the size of that article's page, so a page's
 * rendering can be checked to stay linear in its callouts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hugeParagraph } from './huge-paragraph.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-huge-page-'));
const contentDir = path.join(work, 'content');
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
writeFileSync(path.join(contentDir, 'articles/2021-huge-paragraph.txt'), `---\ntitle: Huge\npublisher: P\npublished: "2021"\nsummary: S\n---\n${hugeParagraph()}\n`);
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
const pageLine = build.stdout.split('\n').find((line) => line.includes('/articles/2021-huge-paragraph/')) ?? '';
const [user, sys, maxKb] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
console.log(`astro build with the 2 MB article: ${seconds.toFixed(1)} s wall${user === undefined ? '' : `, ${(user + sys).toFixed(1)} s CPU, ${Math.round(maxKb / 1024)} MB peak`}`);
console.log(`its page as astro logged it: ${pageLine.trim()}`);
console.log(`its page: ${(statSync(page).size / 1e6).toFixed(2)} MB, ${count(/class="term-link"/g)} term links, ${count(/class="term-mention"/g)} repeats, ${count(/class="term-card"/g)} cards`);
rmSync(work, { recursive: true, force: true });
