/**
 * Wraps every glossary term found in an mdast tree's running text in an MDX JSX element
 * `<Term id="…" occurrence="n">surface</Term>`. Links, code, raw HTML and existing terms are
 * left alone; headings are annotated too (their link to themselves sits beside the text,
 * src/components/headings/LinkedHeading.astro).
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { Node } from 'unist';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { expandNodes } from '../../core/expand-nodes.ts';
import type { VFile } from 'vfile';
import { calloutElement, untouchedByCallouts } from './callout-element.ts';
import type { TermMatcher } from './term-matcher.ts';
import { pairRenderings } from './rendering-pairs.ts';
import { DOCUMENT_CATEGORIES, findLongerTitles } from './longer-titles.ts';
import { insideOrganisationName } from './organisation-names.ts';
import { findLongerNames } from './longer-names.ts';


export interface Annotation {
  /** Glossary ids in order of first occurrence. */
  terms: string[];
  /** Occurrences per id. */
  counts: Map<string, number>;
  /** Matches the content lint should question, in document order. */
  notes: MatchNote[];
}

/**
 * `rendering`: an English match followed by hanzi in parentheses took the hanzi's entry `id`
 * instead of `alias` (rendering-pairs.ts). `longer-title`: the match of `id` continues into a
 * longer title `text` that no entry names (longer-titles.ts). `longer-name`: the match of `id`
 * starts a longer name `text` of an organisation that no entry names (longer-names.ts).
 */
export type MatchNote =
  | { kind: 'rendering'; line: number | undefined; text: string; id: string; alias: string }
  | { kind: 'longer-title' | 'longer-name'; line: number | undefined; text: string; id: string };

/** The source line of `offset` in a text node, from the nearest positioned node and the line breaks before it. */
function lineAt(text: string, offset: number, firstLine: number | undefined, cursor: { offset: number; line: number }): number | undefined {
  if (firstLine === undefined) return undefined;
  // Counted on from the previous note of the same node: one pass over the text, however many notes.
  for (let i = cursor.offset; i < offset; i++) if (text.charCodeAt(i) === 10) cursor.line++;
  cursor.offset = offset;
  return firstLine + cursor.line;
}

export function termElement(id: string, occurrence: number, surface: string): MdxJsxTextElement {
  return calloutElement('Term', id, occurrence, surface);
}

/** Annotates `tree` in place and reports which terms it found. */
export function annotateTerms(tree: Root, matcher: TermMatcher): Annotation {
  const counts = new Map<string, number>();
  const notes: MatchNote[] = [];
  const isDocument = (id: string) => DOCUMENT_CATEGORIES.has(matcher.categoryOf(id)!);
  const expand = (node: Nodes, parent: Nodes): PhrasingContent[] | undefined => {
    if (node.type !== 'text') return undefined;
    const found = matcher.find(node.value).filter((match) => !insideOrganisationName(node.value, match, matcher.categoryOf(match.id)));
    if (found.length === 0) return undefined;
    const { matches, pairs } = pairRenderings(node.value, found);
    const firstLine = node.position?.start.line ?? parent.position?.start.line;
    const cursor = { offset: 0, line: 0 };
    const noted = [
      ...pairs.map((pair) => ({ start: pair.start, note: { kind: 'rendering' as const, text: node.value.slice(pair.start, pair.end), id: pair.hanzi, alias: pair.english } })),
      ...findLongerTitles(node.value, matches, isDocument).map((title) => ({ start: title.start, note: { kind: 'longer-title' as const, text: node.value.slice(title.start, title.end), id: title.id } })),
      ...findLongerNames(node.value, matches).map((name) => ({ start: name.start, note: { kind: 'longer-name' as const, text: node.value.slice(name.start, name.end), id: name.id } })),
    ].sort((a, b) => a.start - b.start);
    for (const { start, note } of noted) notes.push({ ...note, line: lineAt(node.value, start, firstLine, cursor) });
    const replacement: PhrasingContent[] = [];
    let last = 0;
    for (const match of matches) {
      if (match.start > last) replacement.push({ type: 'text', value: node.value.slice(last, match.start) });
      const occurrence = (counts.get(match.id) ?? 0) + 1;
      counts.set(match.id, occurrence);
      replacement.push(termElement(match.id, occurrence, node.value.slice(match.start, match.end)));
      last = match.end;
    }
    if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
    return replacement;
  };
  expandNodes(tree, expand as (node: Node, parent: Node) => Node[] | undefined, untouchedByCallouts);
  return { terms: [...counts.keys()], counts, notes };
}

export interface AnnotateTermsOptions {
  /** One per thread: building the automaton costs as much as annotating dozens of articles. */
  matcher: TermMatcher;
}

/** Plugin: annotates the terms; the ids found and their counts go to `file.data.terms` and `.callouts`, the notes for the lint to `.matchNotes`. */
export function remarkAnnotateTerms({ matcher }: AnnotateTermsOptions) {
  return (tree: Root, file: VFile): void => {
    const { terms, counts, notes } = annotateTerms(tree, matcher);
    file.data.terms = terms;
    file.data.matchNotes = notes;
    file.data.callouts = Object.fromEntries(terms.map((id) => [id, counts.get(id) ?? 0]));
  };
}
