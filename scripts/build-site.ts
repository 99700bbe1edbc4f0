/**
 * `npm run build`: Astro's build (the conversion, the pages, the search index) with two memory
 * settings that keep its peak down (docs/scale.md):
 * - Rolldown and Astro's compiler allocate with mimalloc, which keeps freed pages for later by
 *   default; purging them at once costs no measured time. Node loads those modules before it reads
 *   astro.config, so the setting has to be in the environment the process starts with.
 * - V8 lets the heap grow to about three times what the page builds keep alive before it collects;
 *   growing it by 30 % at a time costs more collections, about half a second at 1,000 articles.
 * Arguments are passed on (`npm run build -- --verbose`); a MIMALLOC_PURGE_DELAY set by the caller wins.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const astro = path.join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { MIMALLOC_PURGE_DELAY: '0', ...process.env };

const build = spawn(process.execPath, ['--heap-growing-percent=30', astro, 'build', ...process.argv.slice(2)], { env, stdio: 'inherit' });
build.on('exit', (code, signal) => {
  // Stopped by a signal: end the same way, so that a caller sees what stopped it.
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
});
