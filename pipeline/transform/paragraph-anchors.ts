/**
 * Stable paragraph anchors: every paragraph (also those in list items and footnotes) and every
 * table cell with text starts with an empty `<span id="p-…">` whose id is a short hash of the paragraph's text, so a link to it keeps
 * working when other paragraphs are added, removed or moved. Identical paragraphs get `-2`, `-3` …
 * in document order.
 */
import { hash } from 'node:crypto';
import type { Nodes, Paragraph, Root, TableCell } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export interface ParagraphAnchor {
  id: string;
  /** A paragraph, or a table cell: the text a term page quotes and links to. */
  paragraph: Paragraph | TableCell;
}

const anchored = (node: Node): node is Paragraph | TableCell =>
  node.type === 'paragraph' || (node.type === 'tableCell' && (node as TableCell).children.length > 0);

/** `p-` and 8 hex digits of the SHA-256 of the whitespace-normalised text: short, and unlikely to collide in one article. */
export function anchorId(text: string): string {
  return `p-${hash('sha256', text.replace(/\s+/g, ' ').trim()).slice(0, 8)}`;
}

function anchorElement(id: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] };
}

/** Inserts the anchors in place and returns them in document order. */
export function addParagraphAnchors(tree: Root): ParagraphAnchor[] {
  const anchors: ParagraphAnchor[] = [];
  const seen = new Map<string, number>();
  visit(tree as Nodes, anchored, (paragraph: Paragraph | TableCell) => {
    const base = anchorId(toString(paragraph));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    paragraph.children.unshift(anchorElement(id));
    anchors.push({ id, paragraph });
    // Paragraphs and cells hold no paragraphs: their phrasing content need not be walked.
    return SKIP;
  });
  return anchors;
}

/** Plugin: anchors every paragraph and table cell; the anchors go to `file.data.anchors`. */
export function remarkParagraphAnchors() {
  return (tree: Root, file: VFile): void => {
    file.data.anchors = addParagraphAnchors(tree);
  };
}
