/**
 * The articles' front matter and the glossary, as the conversion wrote them to generated/ after
 * validating them, checked again with the same schemas. Articles hold their front matter only:
 * each article's page reads and compiles its MDX (src/lib/article-body.ts), rather than the site
 * bundling all of them. The concordance is not a collection: each term page reads its own file
 * (src/lib/concordance.ts), so the build never holds every occurrence at once.
 */
import { defineCollection } from 'astro:content';
import { projectGeneratedFiles as generated } from '../core/paths.ts';
import { GeneratedArticleFrontMatter, GlossaryEntry } from '../core/schema.ts';
import { generatedCollection } from './lib/generated-collection.ts';

// Looked up at each load: GENERATED_DIR (core/paths.ts) lets the benchmark and the tests build another corpus.

const articles = defineCollection({
  loader: generatedCollection('policy-reader:articles', () => generated().articlesIndex, (id) => generated().article(id)),
  schema: GeneratedArticleFrontMatter,
});

const glossary = defineCollection({
  loader: generatedCollection('policy-reader:glossary', () => generated().glossary),
  schema: GlossaryEntry,
});

export const collections = { articles, glossary };
