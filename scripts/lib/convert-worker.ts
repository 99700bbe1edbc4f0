/** Worker-thread entry for convert-parallel.ts: parses its share of the glossary, then takes articles off the shared counter and posts what became of them. */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';

// A worker does not share the main thread's compile cache (build-content.ts): enabled here, before
// the pipeline is imported, it halves the worker's start-up as it does the main thread's.
module.enableCompileCache();
const { serve } = await import('./convert-parallel.ts');

// Started before its work exists (see startWorkers): requests arrive one at a time, queued until now.
parentPort?.on('message', async (message: Parameters<typeof serve>[0]) => parentPort?.postMessage(await serve(message)));
