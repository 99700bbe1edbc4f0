/** Shared test fixtures: the real corpus, read once through the same code the build uses. */
import path from 'node:path';
import { parseDefaultRules, compileRules } from '../../pipeline/read/boilerplate-rules.ts';
import { readCorpus } from '../../pipeline/index.ts';
import { readSource } from '../../pipeline/read/article-source.ts';
import { parseCapture } from '../../pipeline/parse/capture.ts';
import type { Root } from 'mdast';

export const root = path.resolve(import.meta.dirname, '../..');
export const corpus = await readCorpus({ contentDir: path.join(root, 'content'), root });
export const defaultRules = parseDefaultRules(corpus.boilerplate.text, corpus.boilerplate.file);

/** Parses one real article of the corpus by the start of its slug. */
export function parseArticle(slugStart: string): { tree: Root; body: string } {
  const file = corpus.articles.find((f) => path.basename(f.file).startsWith(slugStart));
  if (!file) throw new Error(`no article ${slugStart}`);
  const source = readSource(file.file, file.text);
  const rules = [...defaultRules, ...compileRules(source.frontMatter.boilerplate, file.file)];
  return { tree: parseCapture(source.body, { title: source.frontMatter.title, rules }), body: source.body };
}
