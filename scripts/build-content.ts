/**
 * CLI: converts `content/` into annotated MDX in `generated/`.
 * Usage: node scripts/build-content.ts [--content DIR] [--out DIR] [--no-cache]
 * (defaults: CONTENT_DIR and GENERATED_DIR from the environment, else content/ and generated/).
 * Unchanged articles come from the conversion cache (see conversion-cache.ts) unless --no-cache.
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
  options: {
    content: { type: 'string', default: defaults.contentDir },
    out: { type: 'string', default: defaults.generatedDir },
    'no-cache': { type: 'boolean', default: false },
  },
});

try {
  const output = await buildContent({ contentDir: path.resolve(values.content), outDir: path.resolve(values.out), cache: !values['no-cache'] });
  console.log(formatSummary(output));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
