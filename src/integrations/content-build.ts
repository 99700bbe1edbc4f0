/**
 * Astro integration that runs the conversion pipeline before Astro reads its collections, so
 * `astro build` and `astro dev` always see fresh MDX; in dev it re-converts when content/ changes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildContent } from '../../scripts/lib/build.ts';
import { ContentErrors } from '../../scripts/lib/content-error.ts';
import { contentPaths } from '../../scripts/lib/content-paths.ts';
import { formatSummary } from '../../scripts/lib/summary.ts';

/**
 * Astro's error printer shows only the first of an error's `errors` array, without its file and
 * line, and guesses hints from words in the message ("document" → browser APIs). So the list is
 * logged as it is, and Astro gets a short error to stop on, with no stack (it would point into the
 * pipeline, not at the content).
 */
function contentFailure(error: ContentErrors, logger: AstroIntegrationLogger): Error {
  logger.error(error.message);
  const failure = new Error(`${error.errors.length === 1 ? 'a content error' : `${error.errors.length} content errors`}, listed above`);
  failure.stack = failure.message;
  return failure;
}

export function contentBuild(): AstroIntegration {
  let contentDir = '';
  let outDir = '';
  let root = '';
  const convert = async (logger: AstroIntegrationLogger) => {
    const output = await buildContent({ contentDir, outDir, root });
    logger.info(formatSummary(output));
  };
  return {
    name: 'policy-reader:content',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        ({ contentDir, generatedDir: outDir } = contentPaths(root));
        // A content error fails the build with every message, before Astro starts rendering.
        await convert(logger).catch((error: unknown) => {
          throw error instanceof ContentErrors ? contentFailure(error, logger) : error;
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        let pending = Promise.resolve();
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir + path.sep)) return;
          pending = pending.then(() =>
            convert(logger).catch((error: unknown) => logger.error(error instanceof ContentErrors ? error.message : String(error))),
          );
        });
      },
    },
  };
}
