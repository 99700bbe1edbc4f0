/**
 * Builds the site's search index with Pagefind's Node API, after `astro build`:
 * `node scripts/index-search.ts` indexes `$OUT_DIR` (default dist) into `$OUT_DIR/pagefind/`.
 *
 * Why not the `pagefind` CLI: we write only the files the site's own search page uses (the
 * Pagefind client, its worker, wasm and index), not Pagefind's bundled UIs, and we fail the build
 * when the index is empty (a page template that lost its data-pagefind-body would otherwise ship
 * a site whose search finds nothing). The folder is replaced atomically.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

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
    const { errors: fileErrors, files } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index:\n${fileErrors.join('\n')}`);
    // One fragment per indexed page.
    const pages = files.filter((file) => file.path.startsWith('fragment/')).length;
    if (pages === 0) throw new Error(`${siteDir}: no page to index (${htmlFiles} HTML files). Article and term pages must mark their content with data-pagefind-body.`);
    const kept = files.filter((file) => !unusedBundleFile.test(file.path));
    const target = path.join(siteDir, 'pagefind');
    const staging = `${target}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    for (const file of kept) {
      const destination = path.join(staging, file.path);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.content);
    }
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return { htmlFiles, pages, files: kept.length, bytes: kept.reduce((sum, file) => sum + file.content.byteLength, 0) };
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
