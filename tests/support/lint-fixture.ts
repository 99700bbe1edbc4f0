/** Runs the build's checks on one fixture corpus under tests/fixtures/lint/<rule>/, messages as `file:line: message — hint`. */
import path from 'node:path';
import { checkCorpus, readCorpus } from '../../pipeline/index.ts';
import { ContentErrors } from '../../pipeline/content-error.ts';
import { root } from './corpus.ts';

export async function checkLintFixture(rule: string): Promise<{ errors: string[]; warnings: string[] }> {
  const contentDir = path.join(root, 'tests', 'fixtures', 'lint', rule);
  const input = await readCorpus({ contentDir, root: contentDir });
  try {
    const { errors, warnings } = checkCorpus(input);
    return { errors: errors.map((e) => e.format()), warnings: warnings.map((w) => w.format()) };
  } catch (error) {
    // An entry the schema rejects stops the check before the lint: its messages are the result.
    if (error instanceof ContentErrors) return { errors: error.errors.map((e) => e.format()), warnings: [] };
    throw error;
  }
}
