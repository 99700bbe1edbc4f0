/**
 * The term graph's layout (src/lib/term-graph.ts) worked out from the generated files in a process
 * of its own, as soon as the conversion has written them: during a build it runs beside Astro's
 * start-up instead of holding up page generation (the graph page waits for it, `readTermGraph`),
 * and its memory is not added to Astro's. Written to `generated/term-graph.json`.
 */
import { execFile } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CollectionRecord } from '../../core/collections.ts';
import { generatedFiles } from '../../core/paths.ts';
import { relationsByEntry } from '../../core/relations.ts';
import { CoOccurrence, GlossaryEntry } from '../../core/schema.ts';
import { layoutTermGraph, termGraphLayoutKey } from '../lib/term-graph.ts';

/** Lays out the graph of the generated glossary and co-occurrences and writes it, whole or not at all. */
export function writeTermGraph(generatedDir: string): void {
  const files = generatedFiles(generatedDir);
  const records = JSON.parse(readFileSync(files.glossary, 'utf8')) as CollectionRecord<unknown>[];
  const glossary = records.map(({ id, data }) => ({ ...GlossaryEntry.parse(data), id }));
  const pairs = CoOccurrence.array().parse(JSON.parse(readFileSync(files.cooccurrence, 'utf8')));
  const graph = layoutTermGraph(glossary, relationsByEntry(glossary), pairs);
  const partial = `${files.termGraph}.tmp-${process.pid}`;
  writeFileSync(partial, JSON.stringify(graph));
  renameSync(partial, files.termGraph);
}

/** Starts the layout; the graph page awaits the returned promise (`readTermGraph`). */
export function startTermGraphLayout(generatedDir: string): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const run = promisify(execFile)(process.execPath, [script, generatedDir]);
  // Below Astro's priority: it takes the cores Astro leaves idle rather than slowing its start-up.
  // (A system that refuses leaves it at Astro's.)
  try {
    setPriority(run.child.pid!, 10);
  } catch {}
  const layout = run.then(
    () => undefined,
    (error: { stderr?: string; message: string }) => Promise.reject(new Error(`the term graph could not be laid out: ${error.stderr || error.message}`)),
  );
  // Failures reach whoever awaits it (the graph page), not Node's unhandled-rejection check.
  layout.catch(() => undefined);
  (globalThis as Record<symbol, unknown>)[termGraphLayoutKey] = layout;
  return layout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeTermGraph(process.argv[2]);
