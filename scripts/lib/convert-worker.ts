/** Worker-thread entry for convert-parallel.ts: converts one slice of articles and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertSources } from './build.ts';
import type { PlainError, WorkerInput, WorkerOutput } from './convert-parallel.ts';

const input = workerData as WorkerInput;
const { articles, errors } = convertSources(input.prepared, input.sources);
// ContentError instances do not survive the thread boundary; their fields do.
const plain: PlainError[] = errors.map((e) => ({ file: e.file, line: e.line, message: e.message, hint: e.hint }));
parentPort?.postMessage({ articles, errors: plain } satisfies WorkerOutput);
