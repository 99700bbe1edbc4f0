/**
 * Breaks a very long paragraph's MDX over several lines: a space every few thousand characters
 * becomes a line ending, which Markdown reads as part of the same paragraph (the page shows the
 * same text, a line ending being white space in HTML). Sätteri, the site's MDX compiler, takes
 * time that grows with the square of a line's length when the line is full of JSX and escapes, so
 * a 2 MB one-line paragraph took many minutes to compile and the same text wrapped takes seconds.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Longer than any paragraph of real prose (the longest in the corpus and captures: 1,743), so ordinary articles are written as before. */
export const MAX_LINE = 4000;

/** A space followed by a letter: a line starting with a letter cannot start a list, heading or JSX. */
const BREAKABLE = / (?=\p{L})/gu;

/** Wraps the tree's long paragraphs in place (call it last: the text's spaces change). */
export function wrapLongLines(tree: Root): void {
  visit(tree as Nodes, 'paragraph', (paragraph) => {
    // Characters written since the last line ending, carried across the paragraph's nodes.
    let column = 0;
    const walk = (node: Nodes) => {
      if (node.type === 'text') {
        let value = '';
        let from = 0;
        for (const match of node.value.matchAll(BREAKABLE)) {
          if (column + match.index - from < MAX_LINE) continue;
          value += `${node.value.slice(from, match.index)}\n`;
          column = 0;
          from = match.index + 1;
        }
        column += node.value.length - from;
        node.value = value + node.value.slice(from);
      } else if (node.type === 'mdxJsxTextElement' || !('children' in node)) {
        // Elements are written whole: their text (and a little for the tags) counts, they are not broken.
        column += toString(node).length + 40;
      } else {
        for (const child of node.children) walk(child as Nodes);
      }
    };
    for (const child of paragraph.children) walk(child);
    return SKIP;
  });
}
