/**
 * One article on its way through the processor: a VFile whose value is the article's body and
 * whose `data` carries the source's front matter in and each step's findings out. Problems are
 * messages on the file (with a rule id), turned into ContentErrors only where the run reports them.
 */
import { VFile } from 'vfile';
import type { GeneratedArticleFrontMatter, Occurrence, ParseReport } from '../core/schema.ts';
import { ContentError } from './content-error.ts';
import type { SourceArticle } from './read/article-source.ts';
import type { ParagraphAnchor } from './transform/paragraph-anchors.ts';
import type { UncoveredRun } from './transform/coverage.ts';
import type { MatchNote } from './transform/annotate-terms.ts';

declare module 'vfile' {
  interface DataMap {
    /** The article as read: slug, format, validated front matter, where its body starts. */
    source: SourceArticle;
    /** Glossary ids in order of first occurrence (annotate-terms). */
    terms: string[];
    /** Callouts per glossary id, in order of first occurrence (annotate-terms). */
    callouts: Record<string, number>;
    /** Every paragraph's anchor, in document order (paragraph-anchors). */
    anchors: ParagraphAnchor[];
    /** Hanzi no glossary entry covers (coverage). */
    uncovered: UncoveredRun[];
    /** Every annotated term with its sentence and paragraph anchor (concordance). */
    occurrences: Occurrence[];
    /** Words given dictionary cards, in order of first occurrence (dictionary-words). */
    words: string[];
    /** Words the text romanises beside them as a person's name: "鲁炜" → "Lu Wei" (dictionary-words). */
    names: Record<string, string>;
    /** Matches the content lint questions (annotate-terms). */
    matchNotes: MatchNote[];
    /** Whole minutes to read the article (reading-time). */
    readingMinutes: number;
    /** What the capture parser found and removed (capture-parser). */
    parse: ParseReport;
    /** The generated article's front matter, as written above its MDX (mdx-compiler). */
    frontMatter: GeneratedArticleFrontMatter;
  }
}

/** Who reports the messages: users see it only through the rule id. */
export const MESSAGE_SOURCE = 'policy-reader';

export function articleFile(source: SourceArticle): VFile {
  return new VFile({ path: source.file, value: source.body, data: { source } });
}

/** The file's fatal messages as the errors the CLI prints (`file:line: reason — note`). */
export function fileErrors(file: VFile): ContentError[] {
  return file.messages.filter((message) => message.fatal).map((message) => new ContentError(file.path, message.line ?? undefined, message.reason, message.note));
}
