/**
 * The site renders an article as components nested as its tree is: a source nested hundreds of
 * levels deep (quotes in quotes, lists in lists) overflowed the renderer's stack. Real articles
 * nest a few levels, so a deeper one fails at the line where it passes the limit.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../article-file.ts';

export const MAX_NESTING = 50;
export const NESTING_PROBLEM = `the text is nested more than ${MAX_NESTING} levels deep (quotes, lists or emphasis within each other)`;
export const NESTING_FIX = `flatten the quote or list there: the site renders at most ${MAX_NESTING} levels`;

/** The first node deeper than the limit, if any. A stack, not recursion: such a tree is what overflows recursion. */
export function tooDeep(tree: Root): Nodes | undefined {
  const pending: [Nodes, number][] = [[tree, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > MAX_NESTING) return node;
    if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
  }
  return undefined;
}

export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    const node = tooDeep(tree);
    if (!node) return;
    const message = file.message(NESTING_PROBLEM, { place: node.position, ruleId: 'nesting-depth', source: MESSAGE_SOURCE });
    message.note = NESTING_FIX;
    message.fatal = true;
    throw message;
  };
}
