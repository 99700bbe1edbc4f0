/**
 * A term's concordance, read from the file the conversion wrote for it
 * (`generated/concordance/<id>.json`) when a page needs it, and not kept: holding every
 * occurrence of every term for the whole build grew with the corpus.
 */
import { readFileSync } from 'node:fs';
import { contentPaths, generatedFiles } from '../../scripts/lib/content-paths.ts';
import { ConcordanceEntry, type Occurrence } from '../../scripts/lib/schema.ts';

/** Every occurrence of the term, in article (slug) then document order; none when no article uses it. */
export function readConcordance(id: string): Occurrence[] {
  const file = generatedFiles(contentPaths(process.cwd()).generatedDir).concordance(id);
  return ConcordanceEntry.parse(JSON.parse(readFileSync(file, 'utf8'))).occurrences;
}
