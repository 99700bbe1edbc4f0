/**
 * The collections the site reads (generated/articles.json, generated/glossary.json) hold what the
 * conversion validated: each article's front matter as its MDX states it, each glossary entry as
 * its YAML says, and the site's schemas accept them unchanged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContent } from '../pipeline/index.ts';
import { splitFrontMatter } from './front-matter.ts';
import { generatedFiles } from './paths.ts';
import { GeneratedArticleFrontMatter, GlossaryEntry } from './schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-collections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the collections the conversion writes for the site', async () => {
  await buildContent({ contentDir: path.join(root, 'content'), outDir: work, root, cache: false, workers: 0 });
  const files = generatedFiles(work);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { id: string; data: Record<string, unknown> }[];

  it('lists every article by slug with the front matter its MDX starts with', () => {
    const records = read(files.articlesIndex);
    const slugs = readdirSync(files.articlesDir).map((name) => name.replace(/\.mdx$/, '')).sort();
    expect(records.map((record) => record.id)).toEqual(slugs);
    for (const { id, data } of records) {
      const parts = splitFrontMatter(readFileSync(files.article(id), 'utf8'));
      if (typeof parts === 'string') throw new Error(`${id}: no front matter`);
      expect(data, id).toEqual(parse(parts.yaml));
      expect(GeneratedArticleFrontMatter.parse(data), id).toEqual(data);
    }
  });

  it('lists every glossary entry by id, as its YAML file says, valid as it is', () => {
    const records = read(files.glossary);
    const glossaryDir = path.join(root, 'content', 'glossary');
    expect(records.map((record) => record.id)).toEqual(readdirSync(glossaryDir).map((name) => name.replace(/\.ya?ml$/, '')).sort());
    const entry = records.find((record) => record.id === 'high-quality-development')!;
    expect(entry.data).toMatchObject({ hanzi: '高质量发展', term: parse(readFileSync(path.join(glossaryDir, 'high-quality-development.yaml'), 'utf8')).term });
    for (const { id, data } of records) expect(GlossaryEntry.parse(data), id).toEqual(data);
  });
});
