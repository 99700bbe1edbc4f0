/**
 * Reads one source article: normalises the text (BOM, CRLF), splits YAML front matter from the
 * body and validates the front matter, its boilerplate rules included. Knows nothing about how the
 * body is parsed.
 */
import { splitFrontMatter } from '../../core/front-matter.ts';
import { ArticleFrontMatter, isSlug } from '../../core/schema.ts';
import { ContentError } from '../content-error.ts';
import { compileRules, type CompiledRule } from './boilerplate-rules.ts';
import { breakLinesAtControls, checkNoControls } from './control-characters.ts';
import { fieldLocator, parseYaml } from './yaml-source.ts';

export type SourceFormat = 'capture' | 'markdown';

export interface SourceArticle {
  /** File name without extension; the article's URL slug. */
  slug: string;
  file: string;
  format: SourceFormat;
  frontMatter: ArticleFrontMatter;
  /** The front matter's own boilerplate rules, compiled (checked as the file is read). */
  rules: CompiledRule[];
  body: string;
  /** Line of the body's first line within the file, for error messages. */
  bodyLine: number;
}

/** Strips a byte-order mark and turns CRLF / CR line ends, vertical tabs and form feeds into LF. */
export function normaliseText(text: string): string {
  return breakLinesAtControls(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

export function readSource(file: string, rawText: string): SourceArticle {
  const name = file.split('/').pop() ?? file;
  const match = /^(.+)\.(txt|md)$/.exec(name);
  if (!match) throw new ContentError(file, undefined, 'unsupported file type', 'source articles end in .txt (raw capture) or .md (Markdown)');
  const [, slug, extension] = match;
  if (!isSlug(slug)) {
    throw new ContentError(file, undefined, `file name "${slug}" is not a readable slug`, 'use lower-case words joined by hyphens, e.g. 2016-merics-five-year-plan.txt');
  }
  const parts = splitFrontMatter(normaliseText(rawText));
  if (parts === 'missing') {
    throw new ContentError(file, 1, 'missing front matter', 'start the file with a line "---", the YAML fields (title, publisher, published, summary …), and another "---"');
  }
  if (parts === 'unclosed') throw new ContentError(file, 1, 'front matter is not closed', 'add a line "---" after the last front-matter field');
  const frontMatter = parseYaml(parts.yaml, ArticleFrontMatter, file, 2);
  // The YAML starts on the file's second line.
  const rules = compileRules(frontMatter.boilerplate, file, (index) => 1 + fieldLocator(parts.yaml)(['boilerplate', index]));
  const { body, bodyLine } = parts;
  checkNoControls(body, file, bodyLine);
  if (body.trim() === '') throw new ContentError(file, bodyLine, 'the article has no body', 'paste the article text below the front matter');
  return { slug, file, format: extension === 'md' ? 'markdown' : 'capture', frontMatter, rules, body, bodyLine };
}
