/**
 * Markdown source → mdast, through remark-parse and remark-gfm, so `.md` articles join the same
 * pipeline as raw captures.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/** @param firstLine line of the body's first line within the file, so positions name file lines */
export function parseMarkdown(body: string, firstLine = 1): Root {
  const tree = parser.parse(body);
  if (firstLine !== 1) {
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += firstLine - 1;
      node.position.end.line += firstLine - 1;
    });
  }
  // Raw HTML in an article is shown as the text it is, never passed through as markup.
  visit(tree, 'html', (node) => {
    (node as unknown as { type: string }).type = 'text';
  });
  return tree;
}
