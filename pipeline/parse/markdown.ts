/**
 * Markdown source → mdast, through remark-parse and remark-gfm, so `.md` articles join the same
 * pipeline as raw captures.
 */
import { createRequire } from 'node:module';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { htmlAsText } from '../../core/html-as-text.ts';

function createParser() {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const { default: remarkParse } = require('remark-parse') as typeof import('remark-parse');
  const { default: remarkGfm } = require('remark-gfm') as typeof import('remark-gfm');
  return unified().use(remarkParse).use(remarkGfm);
}

let parser: ReturnType<typeof createParser> | undefined;

/** @param firstLine line of the body's first line within the file, so positions name file lines */
export function parseMarkdown(body: string, firstLine = 1): Root {
  // remark-parse and remark-gfm (micromark and its extensions) are loaded for the first `.md`
  // article: loading them was half of the pipeline's start-up on every conversion thread, and most
  // articles are raw captures. Node's `require` loads these ES modules synchronously, so parsing stays synchronous.
  parser ??= createParser();
  const tree = parser.parse(body);
  if (firstLine !== 1) {
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += firstLine - 1;
      node.position.end.line += firstLine - 1;
    });
  }
  htmlAsText(tree);
  plainFootnoteLabels(tree);
  return tree;
}

/** A footnote reference micromark left as text: its label has no "[^label]: …" note. */
const UNRESOLVED_REFERENCE = /\[\^([^\]\s]{1,40})\]/g;

/** The footnote references of `tree` that name no note, with their lines (text nodes carry positions from the parse). */
export function referencesWithoutNotes(tree: Root): { line: number; marker: string }[] {
  const found: { line: number; marker: string }[] = [];
  visit(tree, 'text', (node) => {
    for (const match of node.value.matchAll(UNRESOLVED_REFERENCE)) {
      const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      found.push({ line, marker: match[0] });
    }
  });
  return found;
}

/** What a footnote label may hold to be written back the same in a reference and in its note. */
const PLAIN_LABEL = /^[\p{L}\p{N}_-]+$/u;

/**
 * Gives footnotes whose label holds other characters (`[^R&D]`, `[^{x}]`) a plain one: the MDX
 * serialiser escapes such a label in the reference but not in the note, so the two no longer met
 * and the note was dropped from the page. The site numbers footnotes itself; labels only join them.
 */
function plainFootnoteLabels(tree: Root): void {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  visit(tree, ['footnoteReference', 'footnoteDefinition'], (node) => {
    taken.add((node as FootnoteReference).identifier);
  });
  let next = 1;
  visit(tree, ['footnoteReference', 'footnoteDefinition'], (node) => {
    const note = node as FootnoteReference | FootnoteDefinition;
    if (PLAIN_LABEL.test(note.label ?? note.identifier)) return;
    let label = renamed.get(note.identifier);
    if (!label) {
      while (taken.has(`note-${next}`)) next++;
      label = `note-${next++}`;
      renamed.set(note.identifier, label);
    }
    note.identifier = note.label = label;
  });
}
