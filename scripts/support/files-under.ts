import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, at any depth, as paths joined onto `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
