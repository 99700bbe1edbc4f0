/** Collections over the generated MDX articles, the hand-written glossary and the generated concordance, with the pipeline's schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ConcordanceEntry, GeneratedArticleFrontMatter, GlossaryEntry } from '../scripts/lib/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './generated/articles' }),
  schema: GeneratedArticleFrontMatter,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: GlossaryEntry,
});

/** Every occurrence of every term, written by the conversion pipeline (one record per glossary id). */
const concordance = defineCollection({
  loader: file('./generated/concordance.json'),
  schema: ConcordanceEntry,
});

export const collections = { articles, glossary, concordance };
