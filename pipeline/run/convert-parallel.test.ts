/**
 * Splitting the conversion between this thread and workers: every file's outcome comes back in the
 * files' order whichever thread converted it, and a worker that dies while this thread converts
 * fails the run with that error (the build then removes its staging folder), rather than crashing
 * the process.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../../core/paths.ts';
import { inspectCorpus, type SourceFile } from '../index.ts';
import { convertInParallel } from './convert-parallel.ts';
import { NO_POOL, startPool, type ConversionPool } from './workers.ts';
import { corpus } from '../../tests/support/corpus.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Stands in for a pool whose one thread fails soon after it gets its task. */
function dyingPool(): ConversionPool {
  return { size: 1, run: () => new Promise((_, reject) => setTimeout(() => reject(new Error('worker ran out of memory')), 1)), destroy: async () => undefined };
}

/** The real articles copied `times` times under their own slugs, every seventh one without front matter. */
function manyFiles(times: number): SourceFile[] {
  const files: SourceFile[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const article of corpus.articles) {
      const file = article.file.replace(/([^/]+)\.(txt|md)$/, `copy-${copy}-$1.$2`);
      const text = files.length % 7 === 3 ? article.text.replace(/^---\n/, '') : article.text;
      files.push({ file, text });
    }
  }
  return files;
}

describe('convertInParallel', () => {
  it('gives every file’s outcome in the files’ order, whichever thread converted it', async () => {
    const { prepared } = inspectCorpus(corpus);
    const files = manyFiles(12);
    const folder = (name: string) => {
      const dir = path.join(work, name);
      mkdirSync(generatedFiles(dir).articlesDir, { recursive: true });
      return dir;
    };
    const alone = await convertInParallel(files, { prepared, generatedDir: folder('alone') }, NO_POOL);
    // This thread waits a moment before taking articles, so the worker (loaded by then) takes some first.
    const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 700);
    const shared = await convertInParallel(files, { prepared, generatedDir: folder('shared') }, startPool(1), pause);
    expect(shared).toEqual(alone);
    const missing = files.filter((_, index) => index % 7 === 3).map((file) => file.file);
    expect(alone.errors.map((error) => error.file)).toEqual(missing);
    expect(alone.articles.map((article) => article.file)).toEqual(files.map((file) => file.file).filter((file) => !missing.includes(file)));
    expect(readdirSync(generatedFiles(path.join(work, 'shared')).articlesDir).sort()).toEqual(readdirSync(generatedFiles(path.join(work, 'alone')).articlesDir).sort());
  });

  it('reports a worker that fails while this thread converts, and converts what the worker did not take', async () => {
    const { prepared } = inspectCorpus(corpus);
    const job = { prepared, generatedDir: path.join(work, 'dying') };
    const { articlesDir } = generatedFiles(job.generatedDir);
    mkdirSync(articlesDir, { recursive: true });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(convertInParallel(corpus.articles, job, dyingPool())).rejects.toThrow('worker ran out of memory');
      // The stand-in takes no article, so this thread converted them all (the caller discards the staging folder).
      expect(readdirSync(articlesDir).length).toBe(corpus.articles.length);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
