/**
 * `npm run build`: Astro's build (the conversion, the pages, the search index) with an allocator
 * setting that keeps its peak memory down. Rolldown and Astro's compiler allocate with mimalloc,
 * which keeps freed pages for later by default; purging them at once leaves the build's process
 * about 90 MB smaller at no measured cost in time (docs/scale.md). Node loads those modules before
 * it reads astro.config, so the setting has to be in the environment the process starts with.
 * Arguments are passed on (`npm run build -- --verbose`); a value set by the caller wins.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const astro = path.join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { MIMALLOC_PURGE_DELAY: '0', ...process.env };

const build = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { env, stdio: 'inherit' });
build.on('exit', (code, signal) => {
  // Stopped by a signal: end the same way, so that a caller sees what stopped it.
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
});
