/**
 * Wraps every glossary term found in an mdast tree's running text in an MDX JSX element
 * `<Term id="…" occurrence="n">surface</Term>`. Links, code, headings, raw HTML and existing
 * terms are left alone.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { replaceChild } from '../../core/replace-child.ts';
import { calloutElement } from './callout-element.ts';
import type { TermMatcher } from './term-matcher.ts';

/** Node types whose text is never annotated. */
const UNTOUCHED = new Set(['link', 'linkReference', 'inlineCode', 'code', 'heading', 'html', 'definition', 'yaml', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export interface Annotation {
  /** Glossary ids in order of first occurrence. */
  terms: string[];
  /** Occurrences per id. */
  counts: Map<string, number>;
}

export function termElement(id: string, occurrence: number, surface: string): MdxJsxTextElement {
  return calloutElement('Term', { name: 'id', value: id }, occurrence, surface);
}

/** Annotates `tree` in place and reports which terms it found. */
export function annotateTerms(tree: Root, matcher: TermMatcher): Annotation {
  const counts = new Map<string, number>();
  visit(tree as Nodes, (node, index, parent) => {
    if (UNTOUCHED.has(node.type)) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
    const matches = matcher.find(node.value);
    if (matches.length === 0) return undefined;
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
    replaceChild(parent, index, replacement);
    // Continue after the inserted nodes: the new Term elements must not be visited again.
    return [SKIP, index + replacement.length];
  });
  return { terms: [...counts.keys()], counts };
}

export interface AnnotateTermsOptions {
  /** One per thread: building the automaton costs as much as annotating dozens of articles. */
  matcher: TermMatcher;
}

/** Plugin: annotates the terms; the ids found and their counts go to `file.data.terms` and `.callouts`. */
export function remarkAnnotateTerms({ matcher }: AnnotateTermsOptions) {
  return (tree: Root, file: VFile): void => {
    const { terms, counts } = annotateTerms(tree, matcher);
    file.data.terms = terms;
    file.data.callouts = Object.fromEntries(terms.map((id) => [id, counts.get(id) ?? 0]));
  };
}
