/**
 * Front matter `article:new` guessed and nobody has checked yet. The scaffold marks each guessed
 * field with a `# review: …` comment (where the guess came from); the lint warns while one is left,
 * so a guessed publisher or an event's date does not ship unnoticed. Deleting the comment is the
 * editor's "checked".
 */
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { splitFrontMatter } from '../../core/front-matter.ts';
import { ContentError } from '../content-error.ts';
import { normaliseText } from '../read/article-source.ts';
import type { SourceFile } from '../read/corpus-files.ts';

/** What starts the comment `article:new` puts after a guessed field. */
export const REVIEW_NOTE = 'review:';

/** One warning per front-matter field that still carries its review comment. */
export function unreviewedGuesses(articles: readonly SourceFile[]): ContentError[] {
  const warnings: ContentError[] = [];
  for (const { file, text, readError } of articles) {
    // Most articles have none: a plain search keeps the lint from parsing their YAML a second time.
    if (readError || !text.includes(`# ${REVIEW_NOTE}`)) continue;
    const parts = splitFrontMatter(normaliseText(text));
    if (typeof parts === 'string') continue;
    const lines = new LineCounter();
    const doc = parseDocument(parts.yaml, { lineCounter: lines });
    if (!isMap(doc.contents)) continue;
    for (const { key, value } of doc.contents.items) {
      const note = (value as Node | null)?.comment?.trim();
      if (!isScalar(key) || !note?.startsWith(REVIEW_NOTE)) continue;
      // The YAML starts on the file's second line.
      const line = lines.linePos(key.range?.[0] ?? 0).line + 1;
      warnings.push(new ContentError(file, line, `${String(key.value)}: guessed by article:new and not checked yet (${note})`, `check the value, then delete the "# ${REVIEW_NOTE} …" comment`));
    }
  }
  return warnings;
}
