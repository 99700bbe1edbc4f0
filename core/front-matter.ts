/**
 * Articles, source and generated alike, start with YAML front matter between two `---` lines.
 * One splitter for the pipeline, the site's loader and the benchmark's corpus.
 */

const FENCE = /^---[ \t]*$/;

export interface FrontMatterParts {
  /** The YAML between the fences. */
  yaml: string;
  body: string;
  /** Line of the body's first line in the text (1-based). */
  bodyLine: number;
}

/** Why a text has no front matter: no opening fence on line 1, or no closing one. */
export type FrontMatterProblem = 'missing' | 'unclosed';

/** Splits `text` (LF line ends) into its front matter and body. */
export function splitFrontMatter(text: string): FrontMatterParts | FrontMatterProblem {
  if (!FENCE.test(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')))) return 'missing';
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return 'unclosed';
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** `---`, the YAML, `---`, then the body: the inverse of {@link splitFrontMatter}. */
export function joinFrontMatter(yaml: string, body: string): string {
  return `---\n${yaml.endsWith('\n') ? yaml : `${yaml}\n`}---\n${body}`;
}
