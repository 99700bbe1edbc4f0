/**
 * Astro integration that runs the conversion pipeline before Astro reads its collections, so
 * `astro build` and `astro dev` always see fresh MDX; in dev it re-converts when content/ changes.
 *
 * The conversion runs as its own process (the `npm run content` CLI), so the memory it holds goes
 * back to the system when it exits instead of staying in the Astro process for the whole build.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentPaths } from '../../core/paths.ts';

/** Failure output of the CLI: every content error as `file:line: message` (or a crash's stack). */
class ConversionFailed extends Error {}

function runConversion(root: string, contentDir: string, outDir: string): Promise<string> {
  const cli = path.join(root, 'scripts', 'build-content.ts');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, '--content', contentDir, '--out', outDir], { cwd: root, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new ConversionFailed(stderr.trim() || error.message));
      else resolve(stdout.trim());
    });
  });
}

/**
 * Astro's error printer shows only the first line's worth of a long error and guesses hints from
 * words in it ("document" → browser APIs). So the list is logged as it is, and Astro gets a short
 * error to stop on, with no stack (it would point into this integration, not at the content).
 */
function contentFailure(error: ConversionFailed, logger: AstroIntegrationLogger): Error {
  logger.error(error.message);
  const failure = new Error('the content has errors, listed above');
  failure.stack = failure.message;
  return failure;
}

export function contentBuild(): AstroIntegration {
  let contentDir = '';
  let outDir = '';
  let root = '';
  const convert = async (logger: AstroIntegrationLogger) => logger.info(await runConversion(root, contentDir, outDir));
  return {
    name: 'policy-reader:content',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        ({ contentDir, generatedDir: outDir } = contentPaths(root));
        // A content error fails the build with every message, before Astro starts rendering.
        await convert(logger).catch((error: unknown) => {
          throw error instanceof ConversionFailed ? contentFailure(error, logger) : error;
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        let pending = Promise.resolve();
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir + path.sep)) return;
          pending = pending.then(() => convert(logger).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error))));
        });
      },
    },
  };
}
