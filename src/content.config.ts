/**
 * Collections over the generated MDX articles and the hand-written glossary, with the pipeline's
 * schemas. Articles come through their own loader (src/lib/article-loader.ts): front matter only;
 * each article's page reads and compiles its MDX, rather than the site bundling all of them. The concordance
 * is not a collection: each term page reads its own file (src/lib/concordance.ts), so the build
 * never holds every occurrence at once.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from '../core/paths.ts';
import { generatedArticles } from './lib/article-loader.ts';
import { GeneratedArticleFrontMatter, GlossaryEntry } from '../core/schema.ts';

// CONTENT_DIR / GENERATED_DIR (see content-paths.ts) let the benchmark build a synthetic corpus.
const { contentDir } = contentPaths(process.cwd());

const articles = defineCollection({
  loader: generatedArticles(),
  schema: GeneratedArticleFrontMatter,
});

const glossary = defineCollection({
  // The pipeline reads .yaml and .yml alike; so must the site, or a .yml term would have no page.
  loader: glob({ pattern: '*.{yaml,yml}', base: path.join(contentDir, 'glossary') }),
  schema: GlossaryEntry,
});

export const collections = { articles, glossary };
