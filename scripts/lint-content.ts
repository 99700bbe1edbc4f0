/**
 * CLI: checks `content/` as the build does — front matter, conversion and the content lint — in
 * memory (nothing is written). Prints every error and warning as `file:line: message`, then the
 * Chinese text no glossary entry covers, most frequent first, with the command that scaffolds an
 * entry; exits 1 when there is an error. `--strict` makes uncovered text an error (CI does).
 * `--help` prints its usage (below); --content defaults to $CONTENT_DIR, else content/.
 */
import path from 'node:path';
import { contentPaths } from '../core/paths.ts';
import { parseCommandLine } from './support/command-line.ts';
import { checkCorpus, readCorpus } from '../pipeline/index.ts';
import { ContentErrors } from '../pipeline/content-error.ts';
import { loadReadings } from '../pipeline/lint/content-lint.ts';
import { formatCoverageReport } from '../pipeline/lint/coverage-report.ts';
import { parseWarnings } from '../pipeline/run/parse-warnings.ts';

const { values } = parseCommandLine({ name: 'lint:content', usage: 'npm run lint:content -- [--content DIR] [--strict]' }, { options: { content: { type: 'string', default: contentPaths(process.cwd()).contentDir }, strict: { type: 'boolean', default: false } } });

try {
  const input = await readCorpus({ contentDir: path.resolve(values.content) });
  // Timed apart: loading the reference dictionaries is most of the lint's cost, paid once per process.
  const started = performance.now();
  loadReadings();
  const loaded = performance.now();
  const { output, errors, warnings, uncovered = [] } = checkCorpus(input, { strict: values.strict });
  const finished = performance.now();
  for (const error of errors) console.error(`error: ${error.format()}`);
  for (const warning of warnings) console.warn(`warning: ${warning.format()}`);
  // What the conversion's summary warns about too: rules that removed much of an article, footnote markers with no note.
  const parse = parseWarnings(output.articles).map((line) => line.trim());
  for (const line of parse) console.warn(line);
  if (!values.strict) for (const line of formatCoverageReport(uncovered)) console.log(line);
  console.log(`lint:content${values.strict ? ' --strict' : ''}: ${output.glossary.length} entries, ${output.articles.length} articles: ${errors.length} error(s), ${warnings.length + parse.length} warning(s), ${uncovered.length} uncovered word(s), checked in ${Math.round(finished - started)} ms (of which loading pinyin-pro and OpenCC: ${Math.round(loaded - started)} ms)`);
  if (errors.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
