/**
 * Builds the site's Pagefind index during `astro build`: a middleware hands over each page as it is
 * rendered (site-indexer.ts), and the index is written to `<outDir>/pagefind/` when the build is
 * done. A build whose pages have nothing to index fails, as does any Pagefind error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_INDEXER, SiteIndexer } from './site-indexer.ts';

export function searchIndex(): AstroIntegration {
  let indexer: SiteIndexer | undefined;
  return {
    name: 'policy-reader:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        indexer = await SiteIndexer.start();
        (globalThis as { [SITE_INDEXER]?: SiteIndexer })[SITE_INDEXER] = indexer;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as { [SITE_INDEXER]?: SiteIndexer })[SITE_INDEXER];
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const { pages, files, bytes } = await indexer!.finish(siteDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`search index: ${pages} pages → ${siteDir}pagefind (${files} files, ${bytes.toLocaleString('en')} bytes), written ${seconds} s after the last page`);
      },
    },
  };
}
