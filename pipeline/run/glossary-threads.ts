/**
 * Parsing the glossary on this thread and a conversion thread at once. The threads start before
 * the content is read and wait for the parsed glossary before they can convert anything, so one
 * of them takes glossary files off a shared counter meanwhile, as the conversion shares articles.
 */
import type { GlossaryEntry } from '../../core/schema.ts';
import { ContentError, ContentErrors, collectErrors } from '../content-error.ts';
import { loadGlossary, parseGlossaryEntry, sortById, type GlossaryFile } from '../read/glossary.ts';
import type { ConversionPool } from './workers.ts';

/** Below this many files the parse is too short to share. */
const MIN_FILES = 100;
/** Files a thread takes at a time. */
const BATCH = 16;

/** Shared state: the next file no thread has taken, and whether the conversion thread has started taking. */
const NEXT = 0;
const HELPED = 1;

interface ShareInput {
  files: readonly GlossaryFile[];
  state: SharedArrayBuffer;
}

/** One file's result, by its position; errors as plain fields, as they cross the thread boundary. */
interface ParsedFile {
  index: number;
  entry?: GlossaryEntry;
  errors: { file: string; line: number | undefined; message: string; hint: string | undefined }[];
}

function parseClaimed(files: readonly GlossaryFile[], state: Int32Array): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (let start = Atomics.add(state, NEXT, BATCH); start < files.length; start = Atomics.add(state, NEXT, BATCH)) {
    for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
      const errors: ContentError[] = [];
      const entry = collectErrors(errors, () => parseGlossaryEntry(files[index]));
      parsed.push({ index, entry, errors: errors.map(({ file, line, message, hint }) => ({ file, line, message, hint })) });
    }
  }
  return parsed;
}

/** The conversion thread's side (convert-worker.mjs exports it to the pool). */
export function parseGlossaryShare({ files, state }: ShareInput): ParsedFile[] {
  const shared = new Int32Array(state);
  // Set before it takes any file: this thread then waits for its results (loadGlossaryOnThreads).
  Atomics.store(shared, HELPED, 1);
  return parseClaimed(files, shared);
}

/**
 * `loadGlossary(files)` on this thread and one of `pool`'s: the same entries in the same order,
 * the same errors thrown. If the thread has not started when this one has taken every file, its
 * task finds none left, and this one does not wait for it.
 */
export async function loadGlossaryOnThreads(files: readonly GlossaryFile[], pool: ConversionPool): Promise<GlossaryEntry[]> {
  if (pool.size === 0 || files.length < MIN_FILES) return loadGlossary(files);
  const state = new Int32Array(new SharedArrayBuffer(8));
  const theirs = pool.run({ files, state: state.buffer } satisfies ShareInput, 'parseGlossaryShare') as Promise<ParsedFile[]>;
  theirs.catch(() => undefined);
  const mine = parseClaimed(files, state);
  const parsed = Atomics.load(state, HELPED) === 1 ? [...mine, ...(await theirs)] : mine;
  parsed.sort((a, b) => a.index - b.index);
  const errors = parsed.flatMap((file) => file.errors.map((e) => new ContentError(e.file, e.line, e.message, e.hint)));
  if (errors.length > 0) throw new ContentErrors(errors);
  return sortById(parsed.flatMap((file) => file.entry ?? []));
}
