/**
 * The articles handed to the conversion threads as one block of UTF-8 in shared memory rather
 * than as strings: a thread can start on its first article as soon as the message arrives,
 * instead of after copying every article's text into its own heap first.
 */
import type { SourceFile } from '../read/corpus-files.ts';

/** Files by index: an array of them, or the shared texts seen from a thread. */
export type FileList = { length: number; at(index: number): SourceFile | undefined };

export interface SharedTexts {
  /** Each file's path, in the list's order. */
  files: string[];
  /** Every text encoded as UTF-8, one after the other. */
  bytes: SharedArrayBuffer;
  /** Where each file's text ends in `bytes`. */
  ends: number[];
}

/** `files` packed once for every thread (their texts were decoded from valid UTF-8, so they come back unchanged). */
export function shareTexts(files: readonly SourceFile[]): SharedTexts {
  const bytes = new SharedArrayBuffer(files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0));
  const ends: number[] = [];
  let end = 0;
  for (const file of files) ends.push((end += Buffer.from(bytes, end).write(file.text)));
  return { files: files.map((file) => file.file), bytes, ends };
}

/** The packed files as a list, each text decoded when it is taken. */
export function sharedFiles(texts: SharedTexts): FileList {
  return {
    length: texts.files.length,
    at: (index) => {
      const start = index === 0 ? 0 : texts.ends[index - 1];
      return { file: texts.files[index], text: Buffer.from(texts.bytes, start, texts.ends[index] - start).toString('utf8') };
    },
  };
}
