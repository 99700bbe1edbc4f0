/** Worker-thread entry for convert-parallel.ts: takes articles off the shared counter and posts what became of them. */
import { parentPort } from 'node:worker_threads';
import { serveJob } from './convert-parallel.ts';

// Started before its work exists (see startWorkers): the job arrives as one message.
parentPort?.once('message', async (input: Parameters<typeof serveJob>[0]) => parentPort?.postMessage(await serveJob(input)));
