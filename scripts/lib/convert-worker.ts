/** Worker-thread entry for convert-parallel.ts: converts one slice of articles and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { serveSlice } from './convert-parallel.ts';

// Started before its work exists (see startWorkers): the slice arrives as one message.
parentPort?.once('message', async (input: Parameters<typeof serveSlice>[0]) => parentPort?.postMessage(await serveSlice(input)));
