/**
 * CLI: writes a draft glossary entry for a run of hanzi (pipeline/editor/term-scaffold.ts).
 * `--help` prints its usage (below); --content defaults to $CONTENT_DIR, else content/.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../core/paths.ts';
import { parseCommandLine, shownPath } from './support/command-line.ts';
import { readCorpus } from '../pipeline/index.ts';
import { ContentError, ContentErrors } from '../pipeline/content-error.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { readSource } from '../pipeline/read/article-source.ts';
import { scaffoldTerm } from '../pipeline/editor/term-scaffold.ts';

const usage = 'npm run term:new -- <hanzi> [--en "English headword"] [--content DIR]';
const { values, positionals } = parseCommandLine({ name: 'term:new', usage }, { allowPositionals: true, options: { en: { type: 'string' }, content: { type: 'string', default: contentPaths(process.cwd()).contentDir } } });

try {
  if (positionals.length !== 1) throw new ContentError('term:new', undefined, 'give one run of Chinese characters', 'npm run term:new -- 数据要素 --en "Data as a factor of production"');
  const contentDir = path.resolve(values.content);
  const glossaryDir = path.join(contentDir, 'glossary');
  if (!existsSync(glossaryDir)) throw new ContentError(glossaryDir, undefined, 'folder not found', 'give the content folder that holds glossary/ (--content DIR or CONTENT_DIR)');
  const input = await readCorpus({ contentDir });
  const articles = input.articles.map((article) => {
    try {
      const { frontMatter } = readSource(article.file, article.text);
      return { file: article.file, text: article.text, title: frontMatter.title, url: frontMatter.url };
    } catch {
      return { file: article.file, text: article.text };
    }
  });
  const { id, yaml, notes } = scaffoldTerm({ hanzi: positionals[0], english: values.en }, { glossary: loadGlossary(input.glossary), articles });
  const target = path.join(glossaryDir, `${id}.yaml`);
  if (existsSync(target)) throw new ContentError(shownPath(target), undefined, 'file already exists', 'choose another English headword with --en, or edit the file');
  // Written whole or not at all.
  writeFileSync(`${target}.tmp`, yaml);
  renameSync(`${target}.tmp`, target);
  for (const note of notes) console.log(note);
  console.log(`wrote ${shownPath(target)} (draft: check every field against a source, then remove draft: true)`);
} catch (error) {
  if (error instanceof ContentError) console.error(error.format());
  else if (error instanceof ContentErrors) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}
