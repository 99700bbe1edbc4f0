/**
 * CLI: converts `content/` into annotated MDX in `generated/`.
 * Usage: node scripts/build-content.ts [--content DIR] [--out DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './lib/build.ts';
import { formatSummary } from './lib/summary.ts';
import { ContentErrors } from './lib/content-error.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'generated' } } });

try {
  const output = await buildContent({ contentDir: path.resolve(values.content), outDir: path.resolve(values.out) });
  console.log(formatSummary(output));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
