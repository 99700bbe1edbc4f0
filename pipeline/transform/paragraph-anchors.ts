/**
 * Stable paragraph anchors: every paragraph (also those in list items and footnotes), every
 * table cell with text and every heading that names a term starts with an empty `<span id="p-…">`
 * whose id is a short hash of its text, so a link to it keeps working when other paragraphs are
 * added, removed or moved. Identical paragraphs get `-2`, `-3` … in document order. A heading is
 * anchored only for the term pages, which quote and link every mention: its own id is Astro's.
 */
import { hash } from 'node:crypto';
import type { Heading, Nodes, Paragraph, Root, TableCell } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export interface ParagraphAnchor {
  id: string;
  /** A paragraph, a table cell or a heading: the text a term page quotes and links to. */
  paragraph: Paragraph | TableCell | Heading;
}

const namesTerm = (node: Nodes): boolean => (node.type === 'mdxJsxTextElement' && node.name === 'Term') || ('children' in node && node.children.some(namesTerm));

const anchored = (node: Node): node is Paragraph | TableCell | Heading =>
  node.type === 'paragraph' || (node.type === 'tableCell' && (node as TableCell).children.length > 0) || (node.type === 'heading' && namesTerm(node as Heading));

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
  visit(tree as Nodes, anchored, (paragraph: Paragraph | TableCell | Heading) => {
    const base = anchorId(toString(paragraph));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    paragraph.children.unshift(anchorElement(id));
    anchors.push({ id, paragraph });
    // Paragraphs, cells and headings hold no paragraphs: their phrasing content need not be walked.
    return SKIP;
  });
  return anchors;
}

/** Plugin: anchors every paragraph, table cell and heading naming a term; the anchors go to `file.data.anchors`. */
export function remarkParagraphAnchors() {
  return (tree: Root, file: VFile): void => {
    file.data.anchors = addParagraphAnchors(tree);
  };
}
