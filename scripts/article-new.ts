/**
 * CLI: turns a pasted capture into content/articles/<slug>.txt with its front matter guessed
 * (pipeline/editor/article-scaffold.ts), then says what to check.
 * Usage: npm run article:new -- <pasted-file> [--url URL] [--content DIR] (default: $CONTENT_DIR, else content/)
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths } from '../core/paths.ts';
import { ContentError } from '../pipeline/content-error.ts';
import { parseDefaultRules } from '../pipeline/read/boilerplate-rules.ts';
import { scaffoldArticle } from '../pipeline/editor/article-scaffold.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, content: { type: 'string', default: contentPaths(process.cwd()).contentDir } } });

try {
  if (positionals.length !== 1) throw new ContentError('article:new', undefined, 'give the file holding the pasted page', 'npm run article:new -- ~/pasted.txt --url https://example.org/article');
  const pasted = positionals[0];
  if (!existsSync(pasted)) throw new ContentError(pasted, undefined, 'file not found', 'save the pasted page as a text file and give its path');
  if (values.url && !/^https?:\/\/\S+$/.test(values.url)) throw new ContentError('article:new', undefined, `--url "${values.url}" is not a web address`, 'give the full address, starting with https://');
  const contentDir = path.resolve(values.content);
  const rulesFile = path.join(contentDir, 'boilerplate.yaml');
  const rules = existsSync(rulesFile) ? parseDefaultRules(readFileSync(rulesFile, 'utf8'), rulesFile) : [];
  const { slug, text, review } = scaffoldArticle({ text: readFileSync(pasted, 'utf8'), url: values.url, rules });
  const target = path.join(contentDir, 'articles', `${slug}.txt`);
  if (existsSync(target)) throw new ContentError(path.relative(process.cwd(), target), undefined, 'file already exists', 'rename the new article or edit the existing one');
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${path.relative(process.cwd(), target)}; check its front matter:`);
  for (const line of review) console.log(`  ${line}`);
  console.log('then run npm run lint:content');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.format());
  process.exitCode = 1;
}
