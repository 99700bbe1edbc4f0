/** Every file under a folder, keyed by its path in the folder, to compare two outputs or one output before and after. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `text` keeps each file's text (readable diffs), `bytes` its exact bytes (base64), `hash` only a
 * SHA-256 of the bytes (for a whole site, where a failed comparison should name files, not print them).
 */
export function folderFiles(dir: string, as: 'text' | 'bytes' | 'hash'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(full);
    files[path.relative(dir, full)] = as === 'text' ? bytes.toString('utf8') : as === 'bytes' ? bytes.toString('base64') : createHash('sha256').update(bytes).digest('hex');
  }
  return files;
}
