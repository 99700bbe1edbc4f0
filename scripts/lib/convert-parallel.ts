/**
 * Converts many articles on worker threads, one slice per worker, for large corpora on machines
 * with more than one core. Each worker builds its own term matcher from the validated glossary
 * (plain data and RegExps cross the thread boundary; class instances do not) and sends back its
 * articles and its content errors, which the caller reports together with everyone else's.
 * Small batches stay on the main thread: starting a worker costs more than converting a few.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { convertSources, type ConvertedArticle, type PreparedCorpus } from './build.ts';
import { ContentError } from './content-error.ts';
import type { SourceArticle } from './read-source.ts';

/** Below this many articles per worker, threads do not pay for their start-up (measured: ~0.3 s each). */
const MIN_ARTICLES_PER_WORKER = 150;

export interface WorkerInput {
  prepared: Omit<PreparedCorpus, 'sources'>;
  sources: SourceArticle[];
}

export interface PlainError {
  file: string;
  line: number | undefined;
  message: string;
  hint: string | undefined;
}

export interface WorkerOutput {
  articles: ConvertedArticle[];
  errors: PlainError[];
}

/** How many workers for `count` articles: none when it would not help. */
export function workerCount(count: number, cores = availableParallelism(), env: NodeJS.ProcessEnv = process.env): number {
  const limit = env.CONVERSION_WORKERS !== undefined ? Number(env.CONVERSION_WORKERS) : cores;
  return Math.max(0, Math.min(limit, Math.floor(count / MIN_ARTICLES_PER_WORKER)));
}

/**
 * Starts `count` conversion workers (none for fewer than two) before there is work for them, so that
 * loading the pipeline in each (about half a second) overlaps the caller's own reading and validation.
 */
export function startWorkers(count: number): Worker[] {
  return count <= 1 ? [] : Array.from({ length: count }, () => new Worker(new URL('./convert-worker.ts', import.meta.url)));
}

function runWorker(worker: Worker, input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`conversion worker exited with code ${code}`)));
    worker.postMessage(input);
  });
}

/**
 * Converts `sources` on the started `workers` (none: on this thread), keeping the sources' order, and
 * stops the workers. (build.ts and this module import each other; each uses the other's functions
 * only when called, never while loading.)
 */
export async function convertInParallel(
  prepared: PreparedCorpus,
  sources: readonly SourceArticle[],
  workers: readonly Worker[],
): Promise<{ articles: ConvertedArticle[]; errors: ContentError[] }> {
  if (workers.length === 0) return convertSources(prepared, sources);
  try {
    const { defaults, glossary } = prepared;
    const size = Math.ceil(sources.length / workers.length);
    const slices = workers.map((worker, i) => ({ worker, sources: sources.slice(i * size, (i + 1) * size) })).filter((slice) => slice.sources.length > 0);
    const outputs = await Promise.all(slices.map((slice) => runWorker(slice.worker, { prepared: { defaults, glossary }, sources: slice.sources })));
    return {
      articles: outputs.flatMap((output) => output.articles),
      errors: outputs.flatMap((output) => output.errors.map((e) => new ContentError(e.file, e.line, e.message, e.hint))),
    };
  } finally {
    await stopWorkers(workers);
  }
}

/** Ends workers that are no longer needed (an error before their work, or no work for them). */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}
