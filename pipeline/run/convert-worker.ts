/** Worker-thread entry for convert-parallel.ts: takes articles off the shared counter and posts what became of them. */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';

// A worker does not share the main thread's compile cache (build-content.ts): enabled here, before
// the pipeline is imported, it halves the worker's start-up as it does the main thread's.
module.enableCompileCache();
const { serveJob } = await import('./convert-parallel.ts');

// Started before its work exists (see startWorkers): the job arrives as one message, queued until now.
parentPort?.once('message', (input: Parameters<typeof serveJob>[0]) => parentPort?.postMessage(serveJob(input)));
