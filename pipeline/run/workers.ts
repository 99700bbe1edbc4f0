/**
 * The conversion worker threads: a piscina pool (convert-parallel.ts gives it its tasks). Apart
 * from the pipeline, with no import of it: the CLI starts the pool before it loads the pipeline
 * itself, so that the workers' loads run beside its own rather than beside the glossary parse.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { ARTICLE_FILE } from '../../core/paths.ts';

/**
 * A conversion thread's young generation (V8's nursery), capped below what V8 would grow it to:
 * an article's garbage dies young either way, and the larger nursery only added to peak memory
 * and page faults.
 */
const YOUNG_GENERATION_MB = 48;

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

/** Worker threads that convert beside this one; each task runs on a thread of its own. */
export interface ConversionPool {
  /** How many threads it has, so how many tasks run at once. */
  readonly size: number;
  run(task: unknown): Promise<unknown>;
  /** Ends its threads: a build stops its pool when it is done, fails, or finds no work for it. */
  destroy(): Promise<void>;
}

/** No threads: everything on this one. */
export const NO_POOL: ConversionPool = { size: 0, run: () => Promise.reject(new Error('no conversion threads')), destroy: async () => undefined };

/** Starts `count` conversion threads before there is work for them: each loads the pipeline meanwhile. */
export function startPool(count: number): ConversionPool {
  if (count === 0) return NO_POOL;
  const pool = new Piscina({ filename: new URL('./convert-worker.mjs', import.meta.url).href, minThreads: count, maxThreads: count, idleTimeout: Number.POSITIVE_INFINITY, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  return { size: count, run: (task) => pool.run(task), destroy: () => pool.destroy() };
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
 * The pool a build of `contentDir` will want if none of its articles is cached (the build stops
 * it if it needs none), counting the article files only; they are read later. Undefined when the
 * cache folder `cacheDir` holds entries: then most articles may come from it, and the build starts
 * what it needs once it has looked them up.
 */
export function startPoolFor(contentDir: string, cacheDir?: string): ConversionPool | undefined {
  if (cacheDir !== undefined && namesIn(cacheDir).length > 0) return undefined;
  return startPool(workerCount(namesIn(path.join(contentDir, 'articles')).filter((name) => ARTICLE_FILE.test(name)).length));
}
