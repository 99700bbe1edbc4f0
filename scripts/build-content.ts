/**
 * CLI: converts `content/` into annotated MDX in `generated/`.
 * `--help` prints its usage (below); --content and --out default to CONTENT_DIR and GENERATED_DIR
 * from the environment, else content/ and generated/.
 * Unchanged articles come from the conversion cache (see conversion-cache.ts) unless --no-cache.
 * On a content error it prints every `file:line: message`, exits 1 and leaves the output as it was.
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';

// Node keeps the compiled pipeline on disk between runs: start-up of this process and of each
// conversion worker takes about half the time. Enabled before the pipeline is imported.
module.enableCompileCache();
const { contentPaths, defaultCacheDir } = await import('../core/paths.ts');
const { startPoolFor } = await import('../pipeline/run/workers.ts');
const { parseCommandLine } = await import('./support/command-line.ts');

const defaults = contentPaths(process.cwd());
const { values } = parseCommandLine({ name: 'content', usage: 'npm run content -- [--content DIR] [--out DIR] [--no-cache]' }, {
  options: {
    content: { type: 'string', default: defaults.contentDir },
    out: { type: 'string', default: defaults.generatedDir },
    'no-cache': { type: 'boolean', default: false },
  },
});
const contentDir = path.resolve(values.content);
if (!existsSync(contentDir)) {
  console.error(`${contentDir}: folder not found — give the content folder that holds articles/ and glossary/ (--content DIR or CONTENT_DIR)`);
  process.exit(1);
}
const cache = !values['no-cache'];
// The conversion workers load the pipeline while this thread does the same (buildContent stops any
// it does not need), unless cached conversions may make them unnecessary.
const started = startPoolFor(contentDir, cache ? defaultCacheDir(contentDir) : undefined);
const { buildContent } = await import('../pipeline/index.ts');
const { formatSummary } = await import('../pipeline/run/summary.ts');
const { ContentErrors } = await import('../pipeline/content-error.ts');

try {
  // A line every few seconds once the conversion has run for 5 s (POLICY_READER_PROGRESS_AFTER_MS: from when).
  const after = process.env.POLICY_READER_PROGRESS_AFTER_MS ? Number(process.env.POLICY_READER_PROGRESS_AFTER_MS) : undefined;
  const output = await buildContent({ contentDir, outDir: path.resolve(values.out), cache, started, progress: { write: (line) => console.log(line), after } });
  // performance.now() counts from the process's start: the whole run, Node's own start-up included.
  console.log(formatSummary(output, performance.now() / 1000));
} catch (error) {
  const { code, path: where } = error as NodeJS.ErrnoException;
  // The output folder cannot be written (a file in its place, no permission, a full disk): the old output is as it was.
  if (!(error instanceof ContentErrors) && !(code && where)) throw error;
  console.error(error instanceof ContentErrors ? error.message : `${where}: cannot write the output (${code}) — give --out (or GENERATED_DIR) a folder this user can write; the previous output is unchanged`);
  process.exitCode = 1;
}
