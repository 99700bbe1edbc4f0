/**
 * The Markdown parser as a unified parser plugin, for `.md` articles: sets the processor's parser.
 * A line nested far too deep fails before micromark reads it (nesting-limit.ts).
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { DEEP_LINE_FIX, deepLine, deepLineProblem, failNesting } from '../transform/nesting-limit.ts';
import { parseMarkdown } from './markdown.ts';

export const markdownParser: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document, file) => {
    const bodyLine = file.data.source?.bodyLine ?? 1;
    const deep = deepLine(document);
    if (deep) failNesting(file, { line: bodyLine + deep.index, column: 1 }, deepLineProblem(deep.levels), DEEP_LINE_FIX);
    return parseMarkdown(document, bodyLine);
  };
};
