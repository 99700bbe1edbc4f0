/** Paths the pipeline and the site share. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { GLOSSARY_PAGES } from './paths.ts';
import { parseGlossaryEntry } from '../pipeline/read/glossary.ts';

it("knows every page of the glossary's own, so that no term takes its address", () => {
  const pages = readdirSync(path.join(import.meta.dirname, '..', 'src', 'pages', 'glossary'))
    .filter((name) => name.endsWith('.astro') && !name.startsWith('[') && name !== 'index.astro')
    .map((name) => name.replace(/\.astro$/, ''));
  expect([...GLOSSARY_PAGES].sort()).toEqual(pages.sort());
  expect(() => parseGlossaryEntry({ file: 'content/glossary/graph.yaml', text: '' })).toThrow(/glossary id "graph" is the address of the glossary's own graph page/);
});
