/**
 * Astro integration that runs the conversion pipeline before Astro reads its collections, so
 * `astro build` and `astro dev` always see fresh MDX; in dev it re-converts when content/ changes.
 *
 * The conversion runs as its own process (the `npm run content` CLI), so the memory it holds goes
 * back to the system when it exits instead of staying in the Astro process for the whole build.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentPaths } from '../../core/paths.ts';
import { DevErrorOverlay } from './dev-error-overlay.ts';
import { startTermGraphLayout } from './term-graph-layout.ts';

/** Failure output of the CLI: every content error as `file:line: message` (or a crash's stack). */
class ConversionFailed extends Error {}

/** Runs the CLI; each line it prints (progress, then the summary) goes to `log` as it comes. */
function runConversion(root: string, contentDir: string, outDir: string, log: (line: string) => void): Promise<void> {
  const cli = path.join(root, 'scripts', 'build-content.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--content', contentDir, '--out', outDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.trim()) log(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (pending.trim()) log(pending);
      if (code === 0) resolve();
      else reject(new ConversionFailed(stderr.trim() || `the conversion exited with code ${code}`));
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
  /** In dev, the last conversion's errors while the content has them: shown in the browser. */
  let failure: string | undefined;
  const convert = (logger: AstroIntegrationLogger) => runConversion(root, contentDir, outDir, (line) => logger.info(line));
  return {
    name: 'policy-reader:content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        ({ contentDir, generatedDir: outDir } = contentPaths(root));
        const converted = await convert(logger).then(
          () => true,
          (error: unknown) => {
            if (!(error instanceof ConversionFailed)) throw error;
            // A build stops with every message, before Astro starts rendering; dev starts anyway and
            // shows them in the browser until the content is fixed.
            if (command !== 'dev') throw contentFailure(error, logger);
            logger.error(error.message);
            failure = error.message;
            return false;
          },
        );
        // A build goes on while the graph is laid out (its page waits for it); dev has the time.
        if (converted) {
          const layout = startTermGraphLayout(outDir);
          if (command === 'dev') await layout;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const overlay = new DevErrorOverlay(server.ws);
        if (failure) overlay.show(failure);
        server.watcher.add(contentDir);
        let pending = Promise.resolve();
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir + path.sep)) return;
          // A failed conversion or layout is shown, and the next change is converted again.
          pending = pending.then(() =>
            convert(logger)
              .then(() => startTermGraphLayout(outDir))
              .then(
                () => overlay.clear(),
                (error: unknown) => {
                  const message = error instanceof Error ? error.message : String(error);
                  logger.error(message);
                  overlay.show(message);
                },
              ),
          );
        });
      },
    },
  };
}
