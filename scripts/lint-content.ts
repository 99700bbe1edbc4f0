/**
 * CLI: checks `content/` as the build does — front matter, conversion and the content lint — in
 * memory (nothing is written). Prints every error and warning as `file:line: message`; exits 1 when there is an error.
 * Usage: node scripts/lint-content.ts [--content DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus, readCorpus } from '../pipeline/index.ts';
import { ContentErrors } from '../pipeline/content-error.ts';
import { loadReadings } from '../pipeline/lint/content-lint.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });

try {
  const input = await readCorpus({ contentDir: path.resolve(values.content) });
  // Timed apart: loading the reference dictionaries is most of the lint's cost, paid once per process.
  const started = performance.now();
  loadReadings();
  const loaded = performance.now();
  const { output, errors, warnings } = checkCorpus(input);
  const finished = performance.now();
  for (const error of errors) console.error(`error: ${error.format()}`);
  for (const warning of warnings) console.warn(`warning: ${warning.format()}`);
  console.log(`lint:content: ${output.glossary.length} entries, ${output.articles.length} articles: ${errors.length} error(s), ${warnings.length} warning(s), checked in ${Math.round(finished - started)} ms (of which loading pinyin-pro and OpenCC: ${Math.round(loaded - started)} ms)`);
  if (errors.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
