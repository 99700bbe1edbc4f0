/**
 * CLI: turns a pasted capture into content/articles/<slug>.txt with its front matter guessed
 * (pipeline/editor/article-scaffold.ts), then says what to check.
 * `--help` prints its usage (below); --content defaults to $CONTENT_DIR, else content/.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../core/paths.ts';
import { parseCommandLine, shownPath } from './support/command-line.ts';
import { isSlug } from '../core/schema.ts';
import { ContentError } from '../pipeline/content-error.ts';
import { decodeSource } from '../pipeline/read/corpus-files.ts';
import { parseDefaultRules } from '../pipeline/read/boilerplate-rules.ts';
import { scaffoldArticle } from '../pipeline/editor/article-scaffold.ts';

const usage = 'npm run article:new -- <pasted-file> [--url URL] [--slug SLUG] [--content DIR]';
const { values, positionals } = parseCommandLine({ name: 'article:new', usage }, { allowPositionals: true, options: { url: { type: 'string' }, slug: { type: 'string' }, content: { type: 'string', default: contentPaths(process.cwd()).contentDir } } });

try {
  if (positionals.length !== 1) throw new ContentError('article:new', undefined, 'give the file holding the pasted page', 'npm run article:new -- ~/pasted.txt --url https://example.org/article');
  const pasted = positionals[0];
  if (!existsSync(pasted)) throw new ContentError(pasted, undefined, 'file not found', 'save the pasted page as a text file and give its path');
  if (values.url !== undefined && !(/^https?:\/\//.test(values.url) && URL.canParse(values.url))) throw new ContentError('article:new', undefined, `--url "${values.url}" is not a web address`, 'give the full address, starting with https://');
  if (values.slug !== undefined && !isSlug(values.slug)) throw new ContentError('article:new', undefined, `--slug "${values.slug}" is not a readable slug`, 'use lower-case words joined by hyphens, starting with the year: --slug 2024-reuters-data-rules');
  const contentDir = path.resolve(values.content);
  const articlesDir = path.join(contentDir, 'articles');
  if (!existsSync(articlesDir)) throw new ContentError(articlesDir, undefined, 'folder not found', 'give the content folder that holds articles/ (--content DIR or CONTENT_DIR)');
  // Read as the build reads it: a page saved in another encoding is refused here, not turned into U+FFFD.
  const source = decodeSource(pasted, readFileSync(pasted));
  if (source.readError) throw source.readError;
  const rulesFile = path.join(contentDir, 'boilerplate.yaml');
  const rules = existsSync(rulesFile) ? parseDefaultRules(readFileSync(rulesFile, 'utf8'), rulesFile) : [];
  // The build reads the same file: without it, no chrome is known, and the guesses may take a menu line for the title.
  if (!existsSync(rulesFile)) console.log(`note: ${shownPath(rulesFile)} not found, so no chrome rules apply: check the title and summary closely`);
  const scaffold = scaffoldArticle({ text: source.text, url: values.url, rules });
  const slug = values.slug ?? scaffold.slug;
  // A slug names one article whatever its format: a .md beside a .txt of the same name fails the build.
  const existing = ['.txt', '.md'].map((extension) => path.join(articlesDir, `${slug}${extension}`)).find((file) => existsSync(file));
  if (existing) throw new ContentError(shownPath(existing), undefined, `an article with the slug "${slug}" exists already`, 'give the new one its own with --slug, or edit the existing one');
  const target = path.join(articlesDir, `${slug}.txt`);
  writeFileSync(`${target}.tmp`, scaffold.text);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${shownPath(target)}; check its front matter:`);
  for (const line of scaffold.review) console.log(`  ${line}`);
  console.log('Delete each "# review:" comment in the file once you have checked its field: npm run lint:content warns while one is left.');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.format());
  process.exitCode = 1;
}
