/** Replacing one node of a syntax tree (mdast or hast) by several. */
import type { Node, Parent } from 'unist';

/**
 * Puts `nodes` in place of the child at `index`. Not `splice(index, 1, ...nodes)`: spreading a
 * huge paragraph's pieces as arguments overflows the call stack (a 2 MB paragraph did).
 */
export function replaceChild(parent: Parent, index: number, nodes: readonly Node[]): void {
  parent.children = parent.children.slice(0, index).concat(nodes, parent.children.slice(index + 1));
}
