/**
 * Markdown source → mdast, through remark-parse and remark-gfm, so `.md` articles join the same
 * pipeline as raw captures.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { htmlAsText } from '../../core/html-as-text.ts';

function createParser() {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const { default: remarkParse } = require('remark-parse') as typeof import('remark-parse');
  const { default: remarkGfm } = require('remark-gfm') as typeof import('remark-gfm');
  return unified().use(remarkParse).use(remarkGfm);
}

let parser: ReturnType<typeof createParser> | undefined;

/** @param firstLine line of the body's first line within the file, so positions name file lines */
export function parseMarkdown(body: string, firstLine = 1): Root {
  // remark-parse and remark-gfm (micromark and its extensions) are loaded for the first `.md`
  // article: loading them was half of the pipeline's start-up on every conversion thread, and most
  // articles are raw captures. Node's `require` loads these ES modules synchronously, so parsing stays synchronous.
  parser ??= createParser();
  const tree = parser.parse(body);
  if (firstLine !== 1) {
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += firstLine - 1;
      node.position.end.line += firstLine - 1;
    });
  }
  htmlAsText(tree);
  return tree;
}
