/**
 * Breaks a very long paragraph's MDX over several lines: a space every few thousand characters
 * becomes a line ending, which Markdown reads as part of the same paragraph (the page shows the
 * same text, a line ending being white space in HTML). Text with no such space (Chinese) is broken
 * inside an element's tag instead, before its attributes, where a line ending is JSX white space
 * and shows nothing. Sätteri, the site's MDX compiler, takes time that grows with the square of a
 * line's length when the line is full of JSX and escapes, so a 2 MB one-line paragraph took many
 * minutes to compile and the same text wrapped takes seconds.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Longer than any paragraph of real prose (the longest in the corpus and captures: 1,743), so ordinary articles are written as before. */
export const MAX_LINE = 4000;

/** A space followed by a letter: a line starting with a letter cannot start a list, heading or JSX. */
const BREAKABLE = / (?=\p{L})/gu;

/** Characters the MDX serializer may escape with a backslash: each may take two characters. */
const ESCAPABLE = /[\\`*_{}[\]<>&#!|~]/g;

const textLength = (value: string) => value.length + (value.match(ESCAPABLE)?.length ?? 0);
/** At least textLength (every character counted as escaped), without its regular expression. */
const textBound = (value: string) => 2 * value.length;

/**
 * Length of a node as written, its text measured by `text`: an element whole, tags and attributes
 * included (`<Term id="…" occurrence="…">…</Term>`), any other leaf as its text plus a margin.
 */
function writtenLength(node: Nodes, text: (value: string) => number): number {
  if (node.type === 'text') return text(node.value);
  if (node.type === 'mdxJsxTextElement') {
    let length = 2 * (node.name ?? '').length + 5;
    for (const attribute of node.attributes) length += 'name' in attribute ? attribute.name.length + String(attribute.value ?? '').length + 4 : 40;
    for (const child of node.children) length += child.type === 'text' || child.type === 'mdxJsxTextElement' ? writtenLength(child, text) : toString(child).length + 40;
    return length;
  }
  if (!('children' in node)) return toString(node).length + 40;
  let length = 0;
  for (const child of node.children) length += writtenLength(child as Nodes, text);
  return length;
}

/** Wraps the tree's long paragraphs in place (call it last: the text's spaces change). */
export function wrapLongLines(tree: Root): void {
  visit(tree as Nodes, 'paragraph', (paragraph, _index, parent) => {
    // Nearly every paragraph is short even counted generously: those need no measuring.
    if (writtenLength(paragraph, textBound) < MAX_LINE) return SKIP;
    // In a quote or a list every line starts with its container's marker, which Sätteri then reads
    // inside the tag as text: there tags stay whole.
    const breakTags = parent?.type === 'root';
    // Characters written since the last line ending, carried across the paragraph's nodes.
    let column = 0;
    const walk = (node: Nodes) => {
      if (node.type === 'text') {
        let value = '';
        let from = 0;
        // Text up to `counted` is in `column`: each character is measured once.
        let counted = 0;
        for (const match of node.value.matchAll(BREAKABLE)) {
          column += textLength(node.value.slice(counted, match.index));
          counted = match.index;
          if (column < MAX_LINE) continue;
          value += `${node.value.slice(from, match.index)}\n`;
          column = 0;
          from = counted = match.index + 1;
        }
        column += textLength(node.value.slice(counted));
        node.value = value + node.value.slice(from);
      } else if (node.type !== 'mdxJsxTextElement' && 'children' in node) {
        for (const child of node.children) walk(child as Nodes);
      } else {
        // Elements are written whole, tags and attributes included, a line ending before their
        // attributes when the line is long (the serialiser reads `data.breakInTag`).
        if (breakTags && column >= MAX_LINE && node.type === 'mdxJsxTextElement' && node.attributes.length > 0) {
          node.data = { ...node.data, breakInTag: true } as typeof node.data;
          column = 0;
        }
        column += writtenLength(node, textLength);
      }
    };
    for (const child of paragraph.children) walk(child);
    return SKIP;
  });
}
