/**
 * The conversion over the file system: reads the content folder, reuses cached conversions,
 * converts the rest (on worker threads when there are many), lints, and writes the generated
 * folder, swapped in only when everything succeeded.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleRecords, collectionJson, glossaryRecords } from '../../core/collections.ts';
import { defaultCacheDir, generatedFiles } from '../../core/paths.ts';
import type { ConversionReport } from '../../core/schema.ts';
import { ContentErrors, plainError, revivedError, type ContentError } from '../content-error.ts';
import { duplicateSlugs, inspectShared, lintConverted, readable, readFrontMatter, type CorpusOutput } from '../corpus.ts';
import { lintGlossary, type LintResult } from '../lint/content-lint.ts';
import { readCorpus } from '../read/corpus-files.ts';
import { concordanceFiles, type BuiltArticle } from './concordance-files.ts';
import { serializeDictionary } from '../dictionary/dictionary-file.ts';
import { sumPairs } from '../graph/cooccurrence.ts';
import { openConversionCache } from './conversion-cache.ts';
import { convertInParallel } from './convert-parallel.ts';
import { conversionProgress, type ProgressOptions } from './progress.ts';
import { NO_POOL, startPool, workerCount, type ConversionPool } from './workers.ts';

export interface BuildOptions {
  /** Folder holding `articles/`, `glossary/` and `boilerplate.yaml`. */
  contentDir: string;
  /** Folder the generated MDX and report go to; replaced as a whole. */
  outDir: string;
  /** Base for the paths shown in messages. */
  root?: string;
  /** Reuse unchanged articles' conversions (default true); `--no-cache` turns it off. */
  cache?: boolean;
  /** Cache folder; default from `defaultCacheDir`. */
  cacheDir?: string;
  /** Worker threads converting besides this one; default from the number of articles and cores. */
  workers?: number;
  /**
   * A pool the caller started already (`startPoolFor`: the CLI starts it before it loads the
   * pipeline), used instead of starting one after reading; the build stops it in every case.
   */
  started?: ConversionPool;
  /** Progress lines while a long conversion runs (progress.ts); none when not given. */
  progress?: ProgressOptions;
}

/** Whether process `pid` still runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Staging folders (`<out>.tmp-<pid>`) that earlier runs left when they were killed: removed once
 * their process is gone, so they do not pile up beside the output.
 */
function removeLeftovers(outDir: string): void {
  const dir = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (/^\d+$/.test(pid) && !isRunning(Number(pid))) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Reads, converts (reusing cached conversions, on worker threads when many are left), lints and
 * writes; the output folder is swapped in only when everything succeeded.
 */
export async function buildContent(options: BuildOptions): Promise<CorpusOutput> {
  let pool = options.started ?? NO_POOL;
  const staging = `${options.outDir}.tmp-${process.pid}`;
  removeLeftovers(options.outDir);
  try {
    const input = await readCorpus(options);
    const errors: ContentError[] = [];
    const articleFiles = readable(input.articles, errors);
    // Looked up by path and text alone, before validation: an entry exists only for a text that was valid.
    const cache = options.cache === false ? undefined : openConversionCache(options.cacheDir ?? defaultCacheDir(options.contentDir), input);
    rmSync(staging, { recursive: true, force: true });
    const files = generatedFiles(staging);
    const { articlesDir } = files;
    mkdirSync(articlesDir, { recursive: true });
    // A hit's MDX is written at once and not kept: at 10,000 articles it would be hundreds of
    // megabytes held until the end of the build.
    const cached = new Map<string, BuiltArticle>();
    for (const file of cache ? articleFiles : []) {
      const hit = cache!.get(file.file, file.text);
      if (!hit) continue;
      const { mdx, ...article } = hit;
      writeFileSync(files.article(article.slug), mdx);
      cached.set(file.file, article);
    }
    const pending = articleFiles.filter((file) => !cached.has(file.file));
    // Unless the caller started one, started now, so that the threads load the pipeline while this
    // one parses the glossary; a pool larger than the articles left to convert need is replaced.
    const wanted = options.workers ?? workerCount(pending.length);
    if (!options.started || wanted < pool.size) {
      await pool.destroy();
      pool = startPool(wanted);
    }
    // Stored only when valid, under a key that holds the rules' and entries' files: valid again.
    const cachedShared = cache?.corpusEntry('shared');
    const shared = cachedShared ? { ...cachedShared.prepared, errors: [] } : inspectShared(input);
    if (shared.errors.length > 0) {
      // Nothing can be converted against invalid rules or entries; the articles' front matter can still be checked.
      readFrontMatter(articleFiles, errors);
      throw new ContentErrors([...shared.errors, ...errors]);
    }
    // Articles with bad front matter are reported; the rest are converted and linted all the same,
    // so one run reports every problem rather than one stage's per run.
    const job = { prepared: { defaults: shared.defaults, glossary: shared.glossary }, generatedDir: staging, cache: cache?.store };
    // The glossary's own lint (pinyin-pro and OpenCC, the slowest rules) runs while the workers
    // convert, unless the cache holds its findings for this glossary.
    let glossaryLint: LintResult | undefined = cachedShared && { errors: cachedShared.lint.errors.map(revivedError), warnings: cachedShared.lint.warnings.map(revivedError) };
    const lintTheGlossary = () => {
      if (glossaryLint) return;
      glossaryLint = lintGlossary({ glossaryFiles: input.glossary, entries: shared.glossary });
      cache?.storeCorpusEntry('shared', { prepared: job.prepared, lint: { errors: glossaryLint.errors.map(plainError), warnings: glossaryLint.warnings.map(plainError) } });
    };
    const convertStart = performance.now();
    const progress = options.progress && conversionProgress(pending.length, options.progress);
    const fresh = await convertInParallel(pending, job, pool, lintTheGlossary, progress);
    const convertSeconds = (performance.now() - convertStart) / 1000;
    const freshByFile = new Map(fresh.articles.map((article) => [article.file, article]));
    const articles = articleFiles.flatMap((file) => cached.get(file.file) ?? freshByFile.get(file.file) ?? []);
    const validByFile = new Map(fresh.valid.map((source) => [source.file, source]));
    const valid = articleFiles.flatMap((file) => cached.get(file.file) ?? validByFile.get(file.file) ?? []);
    errors.push(...fresh.errors, ...duplicateSlugs(valid));

    const checked = lintConverted(input, shared.glossary, articles, errors, glossaryLint);
    if (checked.errors.length > 0) throw new ContentErrors(checked.errors);
    const output: CorpusOutput<BuiltArticle> = { ...checked.output, fromCache: cached.size, warnings: checked.warnings, convertSeconds: pending.length > 0 ? convertSeconds : undefined };
    const report: ConversionReport = {
      articles: output.articles.map(({ slug, callouts, mentions, uncovered, parse }) => ({ slug, callouts, mentions, uncovered, ...(parse && { parse }) })),
      unusedTerms: output.unusedTerms,
    };
    writeFileSync(files.report, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(files.articlesIndex, collectionJson(articleRecords(output.articles)));
    writeFileSync(files.glossary, collectionJson(glossaryRecords(output.glossary)));
    // One file per term, read by its page alone: a single file of every occurrence held in the site
    // build's memory grew with the corpus (about half a gigabyte per thousand articles).
    mkdirSync(files.concordanceDir);
    for (const { id, text } of concordanceFiles(output.glossary, output.articles)) writeFileSync(files.concordance(id), text);
    const readings = new Map(Object.entries(cache?.corpusEntry('readings') ?? {}));
    writeFileSync(files.dictionary, serializeDictionary(output.articles, readings));
    cache?.storeCorpusEntry('readings', Object.fromEntries(readings));
    writeFileSync(files.cooccurrence, `${JSON.stringify(sumPairs(output.articles.map((article) => article.pairs)))}\n`);
    const previous = `${options.outDir}.old-${process.pid}`;
    if (existsSync(options.outDir)) renameSync(options.outDir, previous);
    renameSync(staging, options.outDir);
    rmSync(previous, { recursive: true, force: true });
    cache?.prune(pending);
    return output;
  } catch (error) {
    await pool.destroy();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
