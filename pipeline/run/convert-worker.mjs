/** Entry of a conversion thread of the pool (workers.ts): each task takes articles off the shared counter (convert-parallel.ts). */
// Plain JavaScript, and every import dynamic: a thread does not share the main thread's compile
// cache, so it is enabled before any TypeScript loads; then the pipeline comes from the cache
// already stripped of its types, and the thread never loads the type stripper itself.
import module from 'node:module';

module.enableCompileCache();
const { serveJob } = await import('./convert-parallel.ts');
const { preloadJieba } = await import('../dictionary/segmenter.ts');
// The pool starts before the glossary is parsed: its first task comes later than this is done.
preloadJieba();

export default serveJob;
