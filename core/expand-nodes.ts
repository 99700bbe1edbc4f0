/** Replacing nodes of a syntax tree (mdast or hast) by several, in one pass. */
import type { Node, Parent } from 'unist';

/**
 * Walks `tree` in document order and puts the nodes `expand` returns in place of each node it
 * returns them for (undefined: keep the node and walk into it). The new nodes are not walked;
 * nodes `untouched` accepts are kept whole. Each parent gets one new list of children, built once:
 * replacing pieces one at a time copied a paragraph's children for each piece, quadratic in a long
 * paragraph. Never `splice(i, 1, ...nodes)`: spreading a huge paragraph's pieces as arguments
 * overflows the call stack.
 */
export function expandNodes(tree: Node, expand: (node: Node, parent: Parent) => readonly Node[] | undefined, untouched: (node: Node) => boolean): void {
  const walk = (parent: Parent) => {
    let children: Node[] | undefined;
    parent.children.forEach((child, index) => {
      const replacement = untouched(child) ? undefined : expand(child, parent);
      if (replacement) {
        children ??= parent.children.slice(0, index);
        for (const node of replacement) children.push(node);
        return;
      }
      children?.push(child);
      if (!untouched(child) && 'children' in child) walk(child as Parent);
    });
    if (children) parent.children = children as Parent['children'];
  };
  if (!untouched(tree) && 'children' in tree) walk(tree as Parent);
}
