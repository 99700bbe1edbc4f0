/**
 * Shared test fixtures: the corpus, read once through the same code the build uses. Site tests
 * read the content the shared build was made from (tests/global-setup.ts); unit tests read
 * content/ (or $CONTENT_DIR).
 */
import path from 'node:path';
import { inject } from 'vitest';
import { parseDefaultRules } from '../../pipeline/read/boilerplate-rules.ts';
import { readCorpus } from '../../pipeline/index.ts';
import { readSource } from '../../pipeline/read/article-source.ts';
import { parseCapture } from '../../pipeline/parse/capture.ts';
import { contentPaths } from '../../core/paths.ts';
import type { Root } from 'mdast';

export const root = path.resolve(import.meta.dirname, '../..');
export const contentDir = inject('contentDir') ?? contentPaths(root).contentDir;
export const corpus = await readCorpus({ contentDir, root });
export const defaultRules = parseDefaultRules(corpus.boilerplate.text, corpus.boilerplate.file);

/** Every article's slug and front matter, for expectations derived from the content. */
export const articleSources = corpus.articles.map((file) => readSource(file.file, file.text));

/** Parses one real article of the corpus by the start of its slug. */
export function parseArticle(slugStart: string): { tree: Root; body: string } {
  const file = corpus.articles.find((f) => path.basename(f.file).startsWith(slugStart));
  if (!file) throw new Error(`no article ${slugStart}`);
  const source = readSource(file.file, file.text);
  const rules = [defaultRules, source.rules];
  return { tree: parseCapture(source.body, { title: source.frontMatter.title, rules }), body: source.body };
}
