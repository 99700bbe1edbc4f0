/** Worker-thread entry for convert-parallel.ts: converts one slice of articles and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { convertSources } from './build.ts';
import type { PlainError, WorkerInput, WorkerOutput } from './convert-parallel.ts';

// Started before its work exists (see startWorkers): the slice arrives as one message.
parentPort?.once('message', (input: WorkerInput) => {
  const { articles, errors } = convertSources(input.prepared, input.sources);
  // ContentError instances do not survive the thread boundary; their fields do.
  const plain: PlainError[] = errors.map((e) => ({ file: e.file, line: e.line, message: e.message, hint: e.hint }));
  parentPort?.postMessage({ articles, errors: plain } satisfies WorkerOutput);
});
