/** Collections over the generated MDX articles, the hand-written glossary and the generated concordance, with the pipeline's schemas. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentPaths } from '../scripts/lib/content-paths.ts';
import { ConcordanceEntry, GeneratedArticleFrontMatter, GlossaryEntry } from '../scripts/lib/schema.ts';

// CONTENT_DIR / GENERATED_DIR (see content-paths.ts) let the benchmark build a synthetic corpus.
const { contentDir, generatedDir } = contentPaths(process.cwd());

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(generatedDir, 'articles') }),
  schema: GeneratedArticleFrontMatter,
});

const glossary = defineCollection({
  // The pipeline reads .yaml and .yml alike; so must the site, or a .yml term would have no page.
  loader: glob({ pattern: '*.{yaml,yml}', base: path.join(contentDir, 'glossary') }),
  schema: GlossaryEntry,
});

/** Every occurrence of every term, written by the conversion pipeline (one record per glossary id). */
const concordance = defineCollection({
  loader: file(path.join(generatedDir, 'concordance.json')),
  schema: ConcordanceEntry,
});

export const collections = { articles, glossary, concordance };
