/**
 * CLI: converts `content/` into annotated MDX in `generated/`.
 * Usage: node scripts/build-content.ts [--content DIR] [--out DIR]
 * (defaults: CONTENT_DIR and GENERATED_DIR from the environment, else content/ and generated/).
 * On a content error it prints every `file:line: message`, exits 1 and leaves the output as it was.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './lib/build.ts';
import { formatSummary } from './lib/summary.ts';
import { ContentErrors } from './lib/content-error.ts';
import { contentPaths } from './lib/content-paths.ts';

const defaults = contentPaths(process.cwd());
const { values } = parseArgs({
  options: { content: { type: 'string', default: defaults.contentDir }, out: { type: 'string', default: defaults.generatedDir } },
});

try {
  const output = await buildContent({ contentDir: path.resolve(values.content), outDir: path.resolve(values.out) });
  console.log(formatSummary(output));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
