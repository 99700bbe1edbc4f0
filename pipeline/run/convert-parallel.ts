/**
 * Converts articles on this thread and on worker threads, each writing the MDX (and cache entry)
 * of what it converted and sending back only what the corpus-wide steps need. The threads take
 * small batches from one shared counter, so a thread that started late or had other work (the
 * lint) still finishes with the others; results are merged in file order, as one thread's would be.
 */
import { writeFileSync } from 'node:fs';
import { generatedFiles } from '../../core/paths.ts';
import { articleConverter, type PreparedCorpus } from '../convert-article.ts';
import type { SourceFile } from '../read/corpus-files.ts';
import { collectErrors, plainError, revivedError, type ContentError, type PlainError } from '../content-error.ts';
import { storeEntry, type CacheStore } from './conversion-cache.ts';
import type { ConversionPool } from './workers.ts';
import { readSource } from '../read/article-source.ts';
import { countConverted, type ConversionProgress } from './progress.ts';
import { builtArticle, type BuiltArticle } from './concordance-files.ts';
import { shareTexts, sharedFiles, type FileList, type SharedTexts } from './shared-texts.ts';

/**
 * Articles a thread takes at a time: a few tens of milliseconds of work, so the threads finish
 * within one batch of each other, yet few enough claims that taking them costs nothing.
 */
const BATCH = 8;

/** What every thread needs besides its articles: plain data, as it crosses the thread boundary. */
export interface ConversionJob {
  prepared: PreparedCorpus;
  /** The generated folder being written (its `articles/` exists). */
  generatedDir: string;
  /** Where fresh conversions are stored, when the cache is on. */
  cache?: CacheStore;
}

interface ConvertedFiles {
  /** The converted articles, without their MDX (written already), in the files' order. */
  articles: BuiltArticle[];
  /** Every file whose front matter was valid, for the duplicate-slug check. */
  valid: { file: string; slug: string }[];
  errors: ContentError[];
}

/** What became of one file, on whichever thread converted it. */
interface FileOutcome<Error = ContentError> {
  /** Position of the file in the list every thread was given. */
  index: number;
  /** Set when the front matter was valid. */
  slug?: string;
  article?: BuiltArticle;
  errors: Error[];
}

interface WorkerInput {
  texts: SharedTexts;
  job: ConversionJob;
  /** The shared counter: the index of the next file no thread has taken yet. */
  next: SharedArrayBuffer;
  /** Articles converted so far, on every thread (progress.ts), when progress is shown. */
  converted?: SharedArrayBuffer;
}

type WorkerOutput = FileOutcome<PlainError>[];

/**
 * Takes batches of `files` off the shared counter `next` until there are none left; for each file,
 * reads its front matter, converts it and writes its MDX. Problems are returned, not thrown.
 */
function convertClaimed(files: FileList, job: ConversionJob, next: SharedArrayBuffer, converted?: SharedArrayBuffer, tick?: () => void): FileOutcome[] {
  const counter = new Int32Array(next);
  // Made at the first claim: with every article cached, this thread builds no term matcher.
  let convert: ReturnType<typeof articleConverter> | undefined;
  const output = generatedFiles(job.generatedDir);
  const outcomes: FileOutcome[] = [];
  for (let start = Atomics.add(counter, 0, BATCH); start < files.length; start = Atomics.add(counter, 0, BATCH)) {
    for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
      const file = files.at(index)!;
      const outcome: FileOutcome = { index, errors: [] };
      outcomes.push(outcome);
      // The previous file of the batch is done (its body may `continue`); the batch's last is counted after the loop.
      if (index > start) countConverted(converted);
      tick?.();
      const source = collectErrors(outcome.errors, () => readSource(file.file, file.text));
      if (!source) continue;
      outcome.slug = source.slug;
      convert ??= articleConverter(job.prepared);
      const article = convert(source, outcome.errors);
      if (!article) continue;
      writeFileSync(output.article(article.slug), article.mdx);
      outcome.article = builtArticle(article);
      if (job.cache) storeEntry(job.cache, file.text, { ...outcome.article, mdx: article.mdx });
    }
    countConverted(converted);
  }
  return outcomes;
}

/**
 * `convertClaimed` on this thread and on every thread of `pool`, all taking from one counter;
 * returns the results in the files' order (the same as one thread's) and stops the pool.
 * `first` runs on this thread once the pool has its tasks, before it takes articles itself:
 * work that needs no article (the glossary's lint) is done while the pool converts.
 */
export async function convertInParallel(files: readonly SourceFile[], job: ConversionJob, pool: ConversionPool, first?: () => void, progress?: ConversionProgress): Promise<ConvertedFiles> {
  try {
    const next = new SharedArrayBuffer(4);
    // Posted first, so the pool converts while this thread does its own part. A thread's
    // failure meanwhile is handled (not "unhandled") and thrown by the await below.
    const task: WorkerInput | undefined = pool.size > 0 ? { texts: shareTexts(files), job, next, converted: progress?.converted } : undefined;
    const others = Promise.all(Array.from({ length: pool.size }, () => pool.run(task) as Promise<WorkerOutput>));
    others.catch(() => undefined);
    first?.();
    const own = convertClaimed(files, job, next, progress?.converted, progress?.tick);
    const outcomes: FileOutcome[] = [...own];
    for (const output of progress ? await progress.whileWaiting(others) : await others) {
      // ContentError instances do not survive the thread boundary; their fields do.
      for (const { errors, ...outcome } of output) outcomes.push({ ...outcome, errors: errors.map(revivedError) });
    }
    outcomes.sort((a, b) => a.index - b.index);
    return {
      articles: outcomes.flatMap((outcome) => outcome.article ?? []),
      valid: outcomes.flatMap((outcome) => (outcome.slug === undefined ? [] : [{ file: files[outcome.index].file, slug: outcome.slug }])),
      errors: outcomes.flatMap((outcome) => outcome.errors),
    };
  } finally {
    await pool.destroy();
  }
}

/** The worker's side (convert-worker.mjs): the job arrives as one message, the outcomes go back as one. */
export function serveJob(input: WorkerInput): WorkerOutput {
  const outcomes = convertClaimed(sharedFiles(input.texts), input.job, input.next, input.converted);
  return outcomes.map(({ errors, ...outcome }) => ({ ...outcome, errors: errors.map(plainError) }));
}
