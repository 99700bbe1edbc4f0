/**
 * Builds the site's search index with Pagefind's Node API, after `astro build`:
 * `node scripts/index-search.ts` indexes `$OUT_DIR` (default dist) into `$OUT_DIR/pagefind/`.
 *
 * Why not the `pagefind` CLI: we write only the files the site's own search page uses (the
 * Pagefind client, its worker, wasm and index), not Pagefind's bundled UIs, and we fail the build
 * when the index is empty (a page template that lost its data-pagefind-body would otherwise ship
 * a site whose search finds nothing). The folder is replaced atomically.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { filesUnder } from './support/files-under.ts';

/** Pagefind's bundled UIs (Default, Modular, Component) and highlighter: the site has its own search page. */
const unusedBundleFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** HTML files read, and pages indexed (those with data-pagefind-body, when any page has it). */
  htmlFiles: number;
  pages: number;
  files: number;
  bytes: number;
}

/** Indexes the built site in `siteDir` and writes `siteDir/pagefind/`; throws with Pagefind's errors. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const { errors: createErrors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index:\n${createErrors.join('\n')}`);
  try {
    const { errors, page_count: htmlFiles } = await index.addDirectory({ path: siteDir });
    if (errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}:\n${errors.join('\n')}`);
    // Written next to the old index, then swapped in: a failed run leaves the previous index whole.
    // writeFiles rather than getFiles: the files need not travel through the service's pipe.
    const target = path.join(siteDir, 'pagefind');
    const staging = `${target}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    const { errors: writeErrors } = await index.writeFiles({ outputPath: staging });
    if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index:\n${writeErrors.join('\n')}`);
    for (const name of await readdir(staging)) if (unusedBundleFile.test(name)) await rm(path.join(staging, name));
    const files = filesUnder(staging);
    // One fragment per indexed page.
    const pages = files.filter((file) => path.relative(staging, file).startsWith(`fragment${path.sep}`)).length;
    if (pages === 0) {
      await rm(staging, { recursive: true, force: true });
      throw new Error(`${siteDir}: no page to index (${htmlFiles} HTML files). Article and term pages must mark their content with data-pagefind-body.`);
    }
    const bytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return { htmlFiles, pages, files: files.length, bytes };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

if (import.meta.main) {
  const siteDir = path.resolve(process.env.OUT_DIR ?? 'dist');
  try {
    const { htmlFiles, pages, files, bytes } = await indexSite(siteDir);
    console.log(`search index: ${pages} of ${htmlFiles} pages → ${path.join(siteDir, 'pagefind')} (${files} files, ${bytes.toLocaleString('en')} bytes)`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
