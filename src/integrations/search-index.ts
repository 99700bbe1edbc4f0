/**
 * Builds the site's Pagefind index at the end of `astro build`, into `<outDir>/pagefind/`, with
 * Pagefind's CLI rather than its Node API, whose service writes the same index more slowly
 * (docs/search.md). Only the files the site's own search page uses are kept (not Pagefind's bundled UIs),
 * the old index is replaced only once the new one is whole, and a build whose pages have nothing
 * to index fails (a page template that lost its data-pagefind-body would otherwise ship a search
 * that finds nothing).
 */
import { execFile } from 'node:child_process';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';

/** Pagefind's bundled UIs (Default, Modular, Component) and highlighter: the site has its own search page. */
const unusedBundleFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** HTML files read, and pages indexed (those with data-pagefind-body). */
  htmlFiles: number;
  pages: number;
  files: number;
  bytes: number;
}

/** The Pagefind binary the `pagefind` package installed for this platform, as its own `npx pagefind` runs it. */
function pagefindBinary(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.arch}/bin/${name}`);
}

/** Every file under `dir`, as paths. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const nothingToIndex = (siteDir: string, htmlFiles: number) =>
  new Error(`${siteDir}: no page to index (${htmlFiles} HTML files). Article and term pages must mark their content with data-pagefind-body.`);

/** Indexes the built site in `siteDir` and writes `siteDir/pagefind/`; throws with Pagefind's errors. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const htmlFiles = (await filesUnder(siteDir)).filter((file) => file.endsWith('.html')).length;
  if (htmlFiles === 0) throw nothingToIndex(siteDir, htmlFiles);
  const target = path.join(siteDir, 'pagefind');
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    // Run from the site folder, so that no pagefind.yml of the project's or the caller's applies.
    // One jemalloc arena instead of one per thread: the same index at the same speed in about
    // 90 MB less (Pagefind's process is the build's second-largest, next to Astro's).
    const env = { _RJEM_MALLOC_CONF: 'narenas:1', ...process.env };
    // Note markers (`<sup>`: "2025,[2]", "readout.1") are no words of the text: indexed, they joined the
    // word before them in excerpts and in the words a result's link asks its article to mark.
    const args = ['--site', siteDir, '--output-path', staging, '--exclude-selectors', 'sup', '--quiet'];
    await promisify(execFile)(pagefindBinary(), args, { cwd: siteDir, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const said = `${stdout}\n${stderr}`.trim();
    await rm(staging, { recursive: true, force: true });
    throw new Error(`Pagefind could not index ${siteDir} (${htmlFiles} HTML files):\n${said || (error as Error).message}`);
  }
  try {
    for (const name of await readdir(staging)) if (unusedBundleFile.test(name)) await rm(path.join(staging, name));
    const files = await filesUnder(staging);
    // One fragment per indexed page.
    const pages = files.filter((file) => path.relative(staging, file).startsWith(`fragment${path.sep}`)).length;
    if (pages === 0) throw nothingToIndex(siteDir, htmlFiles);
    const bytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return { htmlFiles, pages, files: files.length, bytes };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'policy-reader:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const { htmlFiles, pages, files, bytes } = await indexSite(siteDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`search index: ${pages} of ${htmlFiles} pages → ${path.join(siteDir, 'pagefind')} (${files} files, ${bytes.toLocaleString('en')} bytes) in ${seconds} s`);
      },
    },
  };
}
