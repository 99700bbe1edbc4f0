/**
 * The site renders an article as components nested as its tree is: a source nested hundreds of
 * levels deep (quotes in quotes, lists in lists) overflowed the renderer's stack. Real articles
 * nest a few levels, so a deeper one fails at the line where it passes the limit.
 */
import type { Nodes, Root } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../article-file.ts';

export const MAX_NESTING = 50;
export const NESTING_PROBLEM = `the text is nested more than ${MAX_NESTING} levels deep (quotes, lists or emphasis within each other)`;
export const NESTING_FIX = `flatten the quote or list there: the site renders at most ${MAX_NESTING} levels`;

/**
 * Markdown is refused before it is parsed past this many levels on one line: micromark's time grows
 * with the cube of the depth (800 nested list items took 15 s), so a deep source is caught first.
 * Twice the limit, as indentation may be an indented code block's rather than a list's.
 */
const PREFIX_LIMIT = 2 * MAX_NESTING;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]/u;

/** At most how many quotes and list items a Markdown line sits in: one per `>` or list marker before its text, one per two columns of indentation. */
function prefixLevels(line: string): number {
  let markers = 0;
  let columns = 0;
  for (let i = 0; i < line.length; ) {
    const char = line[i];
    if (char === ' ' || char === '\t') columns += char === '\t' ? 4 : 1;
    else if (char === '>') {
      markers++;
      if (line[i + 1] === ' ') i++;
    } else {
      const marker = LIST_MARKER.exec(line.slice(i, i + 12));
      if (!marker) break;
      markers++;
      i += marker[0].length - 1;
    }
    i++;
  }
  return markers + columns / 2;
}

/** The first line (counted from 0) of a Markdown text that may nest too deep to parse in linear time, and how deep. */
export function deepLine(markdown: string): { index: number; levels: number } | undefined {
  for (const [index, line] of markdown.split('\n').entries()) {
    const levels = prefixLevels(line);
    if (levels > PREFIX_LIMIT) return { index, levels: Math.ceil(levels) };
  }
  return undefined;
}

export const deepLineProblem = (levels: number) => `this line opens up to ${levels} quotes and list items (or is indented as deep), more than the site renders (${MAX_NESTING} levels)`;
export const DEEP_LINE_FIX = 'flatten the quote or list there, or remove the spaces before the line';

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

/** Stops the article's conversion at `place` with a nesting problem and its fix. */
export function failNesting(file: VFile, place: Point | Position | undefined, problem: string, fix: string): never {
  const message = file.message(problem, { place, ruleId: 'nesting-depth', source: MESSAGE_SOURCE });
  message.note = fix;
  message.fatal = true;
  throw message;
}

export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    const node = tooDeep(tree);
    if (node) failNesting(file, node.position, NESTING_PROBLEM, NESTING_FIX);
  };
}
