/** Collections over the generated MDX articles and the hand-written glossary, with the pipeline's schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GeneratedArticleFrontMatter, GlossaryEntry } from '../scripts/lib/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './generated/articles' }),
  schema: GeneratedArticleFrontMatter,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: GlossaryEntry,
});

export const collections = { articles, glossary };
