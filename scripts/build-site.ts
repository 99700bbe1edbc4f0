/**
 * `npm run build`: Astro's build (the conversion, the pages, the search index) with two settings
 * that lower its peak memory (docs/scale.md). mimalloc, the allocator of Rolldown and Astro's
 * compiler, returns freed pages at once; it is read when those load, before astro.config, so it
 * goes in the environment (a value the caller sets wins). V8 grows the heap by 30 % at a time
 * rather than to about three times what the pages keep alive: about half a second at 1,000 articles.
 * Arguments are passed on (`npm run build -- --verbose`).
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
