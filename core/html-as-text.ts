/**
 * Raw HTML in Markdown written by editors (a `.md` article, a glossary definition) is shown as the
 * text it is, never passed through as markup nor dropped: a definition pasted from a web page
 * starting with <p> would otherwise vanish whole. A block of HTML becomes a paragraph of text
 * (bare text among blocks would be glued to its neighbours).
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export function htmlAsText(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const text: Text = { type: 'text', value: node.value, position: node.position };
    const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
    (parent.children as RootContent[])[index] = flow ? ({ type: 'paragraph', children: [text], position: node.position } satisfies Paragraph) : text;
  });
}

/** The same as a remark plugin. */
export const remarkHtmlAsText = () => htmlAsText;
