/**
 * Starting and stopping the conversion worker threads (convert-parallel.ts gives them their work).
 * Apart from the pipeline, with no import of it: the CLI starts the workers before it loads the
 * pipeline itself, so that the two loads (a third of a second each) run side by side rather than
 * the worker's competing with the glossary parse that follows.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ARTICLE_FILE } from '../../core/paths.ts';

/** Below this many articles per thread, another thread does not pay for its start-up. */
const MIN_ARTICLES_PER_THREAD = 150;

/**
 * How many worker threads for `count` articles, besides this thread (which converts a share too):
 * one per other core, none when they would not pay. CONVERSION_WORKERS caps it (0: this thread only).
 */
export function workerCount(count: number, cores = availableParallelism(), env: NodeJS.ProcessEnv = process.env): number {
  const limit = env.CONVERSION_WORKERS !== undefined ? Number(env.CONVERSION_WORKERS) : cores - 1;
  return Math.max(0, Math.min(limit, Math.floor(count / MIN_ARTICLES_PER_THREAD) - 1));
}

/** Starts `count` conversion workers before there is work for them: each loads the pipeline meanwhile. */
export function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(new URL('./convert-worker.ts', import.meta.url)));
}

/** The names in `dir`, none if it does not exist. */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The workers a build of `contentDir` will want if none of its articles is cached (those it does
 * not need, it stops), counting the article files only; they are read later. Undefined when the
 * cache folder `cacheDir` holds entries: then most articles may come from it, and the build starts
 * what it needs once it has looked them up.
 */
export function startWorkersFor(contentDir: string, cacheDir?: string): Worker[] | undefined {
  if (cacheDir !== undefined && namesIn(cacheDir).length > 0) return undefined;
  return startWorkers(workerCount(namesIn(path.join(contentDir, 'articles')).filter((name) => ARTICLE_FILE.test(name)).length));
}

/** Ends workers that are no longer needed (an error before their work, or no work for them). */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}
