/** The term graph laid out beside Astro's start-up: the graph page gets the finished layout, or the reason it failed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectionJson, glossaryRecords } from '../../core/collections.ts';
import { generatedFiles } from '../../core/paths.ts';
import { relationsByEntry } from '../../core/relations.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { layoutTermGraph, readTermGraph } from '../lib/term-graph.ts';
import { startTermGraphLayout } from './term-graph-layout.ts';

const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, term: `Term ${id}`, hanzi: '词', pinyin: 'cí', aliases: [], category: 'concept', summary: 's', definition: 'd', related: [], renderings: [], timeline: [], sources: [{ title: 'Source', url: 'https://example.org/' }], ...extra,
});
const glossary = [entry('a'), entry('b', { related: ['a'] }), entry('c'), entry('d')];
const pairs = [{ a: 'c', b: 'd', paragraphs: 3 }];

const dirs: string[] = [];
const generated = (write: { glossary?: boolean } = {}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-reader-graph-'));
  dirs.push(dir);
  const files = generatedFiles(dir);
  if (write.glossary !== false) writeFileSync(files.glossary, collectionJson(glossaryRecords(glossary)));
  writeFileSync(files.cooccurrence, JSON.stringify(pairs));
  return dir;
};
const savedDir = process.env.GENERATED_DIR;
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  process.env.GENERATED_DIR = savedDir;
});

describe('the term graph laid out after the conversion', () => {
  it('gives the graph page the layout of the generated glossary, waiting for it when it is still running', async () => {
    process.env.GENERATED_DIR = generated();
    startTermGraphLayout(process.env.GENERATED_DIR);
    // Read at once: without the wait there would be no file yet.
    const graph = await readTermGraph();
    expect(graph).toEqual(layoutTermGraph(glossary, relationsByEntry(glossary), pairs));
    expect(graph.edges.map((e) => `${e.source} ${e.kind} ${e.target}`)).toEqual(['a see-also b', 'c co-occurrence d']);
  });

  it('fails the graph page with the reason when the layout cannot be made', async () => {
    process.env.GENERATED_DIR = generated({ glossary: false });
    startTermGraphLayout(process.env.GENERATED_DIR);
    await expect(readTermGraph()).rejects.toThrow(/term graph could not be laid out[\s\S]*glossary\.json/);
  });
});
