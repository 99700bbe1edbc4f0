/**
 * Builds the site's Pagefind index at the end of `astro build`, into `<outDir>/pagefind/`, with
 * Pagefind's Node API rather than its CLI: only the files the site's own search page uses are kept
 * (not Pagefind's bundled UIs), the old index is replaced only once the new one is whole, and a
 * build whose pages have nothing to index fails (a page template that lost its data-pagefind-body
 * would otherwise ship a search that finds nothing).
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's bundled UIs (Default, Modular, Component) and highlighter: the site has its own search page. */
const unusedBundleFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** HTML files read, and pages indexed (those with data-pagefind-body). */
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
    const target = path.join(siteDir, 'pagefind');
    const staging = `${target}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    // writeFiles rather than getFiles: the files need not travel through the service's pipe.
    const { errors: writeErrors } = await index.writeFiles({ outputPath: staging });
    if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index:\n${writeErrors.join('\n')}`);
    for (const name of await readdir(staging)) if (unusedBundleFile.test(name)) await rm(path.join(staging, name));
    const files = (await readdir(staging, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
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
