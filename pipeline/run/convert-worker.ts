/** Entry of a conversion thread of the pool (workers.ts): each task takes articles off the shared counter (convert-parallel.ts). */
import module from 'node:module';

// A thread does not share the main thread's compile cache: enabled before the pipeline is imported.
module.enableCompileCache();
const { serveJob } = await import('./convert-parallel.ts');
const { preloadJieba } = await import('../dictionary/segmenter.ts');
// The pool starts before the glossary is parsed: its first task comes later than this is done.
preloadJieba();

export default serveJob;
export { parseGlossaryShare } from './glossary-threads.ts';
