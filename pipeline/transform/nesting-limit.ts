/**
 * The site renders an article as components nested as its tree is: a source nested hundreds of
 * levels deep (quotes in quotes, lists in lists) overflowed the renderer's stack. Real articles
 * nest a few levels, so a deeper one fails at the line where it passes the limit.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../article-file.ts';

export const MAX_NESTING = 50;

export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    // A stack, not recursion: the tree this guards against is the one that overflows recursion.
    const pending: [Nodes, number][] = [[tree, 0]];
    while (pending.length > 0) {
      const [node, depth] = pending.pop()!;
      if (depth > MAX_NESTING) {
        const message = file.message(`the text is nested more than ${MAX_NESTING} levels deep (quotes, lists or emphasis within each other)`, { place: node.position, ruleId: 'nesting-depth', source: MESSAGE_SOURCE });
        message.note = `flatten the quote or list there: the site renders at most ${MAX_NESTING} levels`;
        message.fatal = true;
        throw message;
      }
      if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
    }
  };
}
