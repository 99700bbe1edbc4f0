/**
 * Converts articles and writes their MDX into the build's staging folder, for large corpora on
 * machines with more than one core split between this thread and worker threads. Each thread does
 * an article's whole job — front matter, conversion, writing the MDX (and its cache entry) — and a
 * worker sends back only what the corpus-wide steps need (callouts, uncovered text, occurrences,
 * errors), not the MDX itself. Each worker builds its own term matcher from the validated glossary
 * (plain data and RegExps cross the thread boundary; class instances do not).
 * Small batches stay on this thread: starting a worker costs more than converting a few.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleConverter, type ArticleRecord, type PreparedCorpus, type SourceFile } from './build.ts';
import { ContentError, collectErrors } from './content-error.ts';
import { storeEntry, type CacheStore } from './conversion-cache.ts';
import { readSource } from './read-source.ts';

/** Below this many articles per thread, another thread does not pay for its start-up (measured: ~0.3 s each). */
const MIN_ARTICLES_PER_THREAD = 150;

/** What every thread needs besides its articles: plain data, as it crosses the thread boundary. */
export interface ConversionJob {
  prepared: PreparedCorpus;
  /** Folder the `<slug>.mdx` files go to. */
  articlesDir: string;
  /** Where fresh conversions are stored, when the cache is on. */
  cache?: CacheStore;
}

interface ConvertedFiles {
  /** The converted articles, without their MDX (written already), in the files' order. */
  articles: ArticleRecord[];
  /** Every file whose front matter was valid, for the duplicate-slug check. */
  valid: { file: string; slug: string }[];
  errors: ContentError[];
}

interface WorkerInput {
  files: SourceFile[];
  job: ConversionJob;
}

interface PlainError {
  file: string;
  line: number | undefined;
  message: string;
  hint: string | undefined;
}

interface WorkerOutput extends Omit<ConvertedFiles, 'errors'> {
  errors: PlainError[];
}

/** Writes in flight, at most 32: they overlap the conversion without opening thousands of files at once. */
class Writes {
  readonly #pending: Promise<unknown>[] = [];

  async add(write: Promise<unknown>): Promise<void> {
    // Handled here so a failure waiting in the queue is not "unhandled"; awaiting it still throws.
    write.catch(() => undefined);
    this.#pending.push(write);
    if (this.#pending.length >= 32) await this.#pending.shift();
  }

  async done(): Promise<void> {
    await Promise.all(this.#pending);
  }
}

/** Reads the front matter of `files`, converts them and writes their MDX; problems are returned, not thrown. */
async function convertToFolder(files: readonly SourceFile[], job: ConversionJob): Promise<ConvertedFiles> {
  const convert = articleConverter(job.prepared);
  const result: ConvertedFiles = { articles: [], valid: [], errors: [] };
  const writes = new Writes();
  for (const file of files) {
    const source = collectErrors(result.errors, () => readSource(file.file, file.text));
    if (!source) continue;
    result.valid.push({ file: source.file, slug: source.slug });
    const article = convert(source, result.errors);
    if (!article) continue;
    await writes.add(writeFile(path.join(job.articlesDir, `${article.slug}.mdx`), article.mdx));
    if (job.cache) await writes.add(storeEntry(job.cache, file.text, article));
    const { mdx: _written, ...record } = article;
    result.articles.push(record);
  }
  await writes.done();
  return result;
}

/**
 * How many worker threads for `count` articles, besides this thread (which converts a share too):
 * one per other core, none when they would not pay. CONVERSION_WORKERS caps it (0: this thread only).
 */
export function workerCount(count: number, cores = availableParallelism(), env: NodeJS.ProcessEnv = process.env): number {
  const limit = env.CONVERSION_WORKERS !== undefined ? Number(env.CONVERSION_WORKERS) : cores - 1;
  return Math.max(0, Math.min(limit, Math.floor(count / MIN_ARTICLES_PER_THREAD) - 1));
}

/**
 * Starts `count` conversion workers before there is work for them, so that loading the pipeline in
 * each (a quarter to half a second) overlaps the caller's own reading and validation.
 */
export function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(new URL('./convert-worker.ts', import.meta.url)));
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
 * `convertToFolder` on this thread and the started `workers`, one slice of the files each, keeping
 * the files' order; stops the workers. This thread takes a share rather than waiting: one isolate
 * fewer to start and warm up than a worker per core. It usually finishes first (the workers start
 * later and colder), so `meanwhile` runs then, while the workers finish.
 */
export async function convertInParallel(files: readonly SourceFile[], job: ConversionJob, workers: readonly Worker[], meanwhile?: () => void): Promise<ConvertedFiles> {
  try {
    const size = Math.ceil(files.length / (workers.length + 1));
    const slice = (i: number) => files.slice(i * size, (i + 1) * size);
    // Posted first, so the workers convert while this thread does its own slice. A worker's
    // failure meanwhile is handled (not "unhandled") and thrown by the await below.
    const others = Promise.all(workers.map((worker, i) => runWorker(worker, { files: slice(i + 1), job })));
    others.catch(() => undefined);
    const own = await convertToFolder(slice(0), job);
    if (workers.length > 0) meanwhile?.();
    const outputs = await others;
    return {
      articles: [...own.articles, ...outputs.flatMap((output) => output.articles)],
      valid: [...own.valid, ...outputs.flatMap((output) => output.valid)],
      errors: [...own.errors, ...outputs.flatMap((output) => output.errors.map((e) => new ContentError(e.file, e.line, e.message, e.hint)))],
    };
  } finally {
    await stopWorkers(workers);
  }
}

/** Ends workers that are no longer needed (an error before their work, or no work for them). */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/** The worker's side (convert-worker.ts): one slice arrives as one message, the result goes back as one. */
export async function serveSlice(input: WorkerInput): Promise<WorkerOutput> {
  const { articles, valid, errors } = await convertToFolder(input.files, input.job);
  // ContentError instances do not survive the thread boundary; their fields do.
  return { articles, valid, errors: errors.map((e) => ({ file: e.file, line: e.line, message: e.message, hint: e.hint })) };
}
