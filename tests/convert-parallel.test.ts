/**
 * Splitting the conversion between this thread and workers: a worker that dies while this thread
 * converts its own share fails the run with that error (the build then removes its staging folder),
 * rather than crashing the process.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectCorpus } from '../scripts/lib/build.ts';
import { convertInParallel } from '../scripts/lib/convert-parallel.ts';
import { corpus } from './helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Stands in for a worker thread that fails soon after it gets its slice. */
function dyingWorker(): Worker {
  const worker = Object.assign(new EventEmitter(), {
    postMessage: () => setTimeout(() => worker.emit('error', new Error('worker ran out of memory')), 1),
    terminate: async () => 0,
  });
  return worker as unknown as Worker;
}

describe('convertInParallel', () => {
  it('reports a worker that fails while this thread converts, and keeps this thread’s share', async () => {
    const { prepared } = inspectCorpus(corpus);
    const job = { prepared, articlesDir: work };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(convertInParallel(corpus.articles, job, [dyingWorker()])).rejects.toThrow('worker ran out of memory');
      // This thread's share was converted all the same (the caller discards the staging folder).
      expect(readdirSync(work).length).toBe(Math.ceil(corpus.articles.length / 2));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
