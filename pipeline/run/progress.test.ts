/** Progress lines of a long conversion: none while it is short, then one every few seconds with the count so far. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectCorpus } from '../index.ts';
import { convertInParallel } from './convert-parallel.ts';
import { NO_POOL } from './workers.ts';
import { conversionProgress, countConverted } from './progress.ts';
import { corpus } from '../../tests/support/corpus.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-progress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('conversion progress', () => {
  it('is silent for the first seconds, then prints the articles converted every few seconds', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = conversionProgress(10, { write: (line) => lines.push(line), after: 5000, every: 5000, now: () => now });
    countConverted(progress.converted);
    now = 4000;
    progress.tick();
    expect(lines).toEqual([]);
    countConverted(progress.converted);
    now = 5200;
    progress.tick();
    now = 9000;
    progress.tick();
    expect(lines).toEqual(['policy-reader: converting… 2 of 10 articles converted (5 s)']);
    now = 10_300;
    progress.tick();
    expect(lines.at(-1)).toBe('policy-reader: converting… 2 of 10 articles converted (10 s)');
  });

  it('counts every article a conversion converts, and prints from the conversion when due', async () => {
    const { prepared } = inspectCorpus(corpus);
    const generatedDir = path.join(work, 'generated');
    mkdirSync(path.join(generatedDir, 'articles'), { recursive: true });
    const lines: string[] = [];
    const progress = conversionProgress(corpus.articles.length, { write: (line) => lines.push(line), after: 0, every: 0 });
    await convertInParallel(corpus.articles, { prepared, generatedDir }, NO_POOL, undefined, progress);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(new RegExp(`converting… ${corpus.articles.length - 1} of ${corpus.articles.length} articles`));
    expect(new Int32Array(progress.converted)[0]).toBe(corpus.articles.length);
  });
});
