/**
 * The Markdown parser as a unified parser plugin, for `.md` articles: sets the processor's parser.
 * A line nested far too deep fails before micromark reads it (nesting-limit.ts). Like the capture
 * parser, it leaves a parse report on `file.data.parse`.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { DEEP_LINE_FIX, deepLine, deepLineProblem, failNesting } from '../transform/nesting-limit.ts';
import { parseMarkdown, referencesWithoutNotes } from './markdown.ts';
import { createParseReport, recordSourceLine } from './parse-report.ts';

export const markdownParser: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document, file) => {
    const bodyLine = file.data.source?.bodyLine ?? 1;
    const deep = deepLine(document);
    if (deep) failNesting(file, { line: bodyLine + deep.index, column: 1 }, deepLineProblem(deep.levels), DEEP_LINE_FIX);
    const tree = parseMarkdown(document, bodyLine);
    // As for a capture, the report counts the body and names the footnote references left without a note.
    const report = (file.data.parse = createParseReport());
    for (const line of document.split('\n')) recordSourceLine(report, line);
    report.markersWithoutNotes.push(...referencesWithoutNotes(tree));
    return tree;
  };
};
