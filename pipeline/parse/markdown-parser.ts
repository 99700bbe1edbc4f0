/** The Markdown parser as a unified parser plugin, for `.md` articles: sets the processor's parser. */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { parseMarkdown } from './markdown.ts';

export const markdownParser: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document, file) => parseMarkdown(document, file.data.source?.bodyLine ?? 1);
};
