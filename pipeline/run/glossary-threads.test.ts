/**
 * The glossary parsed on this thread and a conversion thread gives what loadGlossary gives on one:
 * the same entries in the same order, the same errors in the same order, and no wait for a thread
 * that never started taking files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../content-error.ts';
import { loadGlossary, type GlossaryFile } from '../read/glossary.ts';
import { corpus } from '../../tests/support/corpus.ts';
import { loadGlossaryOnThreads } from './glossary-threads.ts';
import { startPool, type ConversionPool } from './workers.ts';

/** The real glossary copied under new ids until there are at least `count` files, in file-name order. */
function manyFiles(count: number): GlossaryFile[] {
  const files: GlossaryFile[] = [];
  for (let copy = 0; files.length < count; copy++) for (const file of corpus.glossary) files.push({ file: file.file.replace(/([^/]+)\.ya?ml$/, `copy-${copy}-$1.yaml`), text: file.text });
  return files;
}

const pool = startPool(1);
afterAll(() => pool.destroy());
// Once a task has run, the thread has loaded the pipeline and is free: it takes part from the start.
beforeAll(() => pool.run({ files: [], state: new SharedArrayBuffer(8) }, 'parseGlossaryShare'), 60_000);

const errorsOf = (load: () => unknown) => {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => e.format());
    throw error;
  }
  return [];
};

describe('loadGlossaryOnThreads', () => {
  it('gives loadGlossary’s entries, in order, with a conversion thread taking part', async () => {
    const files = manyFiles(1000);
    expect(await loadGlossaryOnThreads(files, pool)).toEqual(loadGlossary(files));
  });

  it('throws loadGlossary’s errors, in file order, whichever thread found them', async () => {
    const files = manyFiles(600).map((file, index) => (index % 97 === 5 ? { ...file, text: 'term: [unclosed\n' } : index % 89 === 7 ? { ...file, text: `${file.text}\nnoSuchField: 1\n` } : file));
    const expected = errorsOf(() => loadGlossary(files));
    expect(expected.length).toBeGreaterThan(10);
    const error = await loadGlossaryOnThreads(files, pool).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).errors.map((e) => e.format())).toEqual(expected);
  });

  it('does not wait for a thread that has not started when every file is parsed', async () => {
    const stuck: ConversionPool = { size: 1, run: () => new Promise(() => undefined), destroy: async () => undefined };
    const files = manyFiles(200);
    expect(await loadGlossaryOnThreads(files, stuck)).toEqual(loadGlossary(files));
  });
});
