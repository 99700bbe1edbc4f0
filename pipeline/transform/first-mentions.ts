/**
 * Calmer pages: a term is a link at its first mention in each section, later mentions in the
 * same section are marked `mention="repeat"` (the site shows them as plain text). A section
 * starts at every heading of depth 1 or 2 and at the footnotes; each footnote counts as one.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The Term element's id, when `node` is one. */
function termId(node: Nodes): string | undefined {
  if (node.type !== 'mdxJsxTextElement' || node.name !== 'Term') return undefined;
  const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}

function startsSection(node: RootContent): boolean {
  return (node.type === 'heading' && node.depth <= 2) || node.type === 'footnoteDefinition';
}

/** Marks, in place, every Term that repeats one seen earlier in its section. */
export function markFirstMentions(tree: Root): void {
  let seen = new Set<string>();
  for (const block of tree.children) {
    if (startsSection(block)) seen = new Set();
    visit(block as Nodes, (node) => {
      const id = termId(node);
      if (id === undefined) return;
      if (seen.has(id)) (node as MdxJsxTextElement).attributes.push({ type: 'mdxJsxAttribute', name: 'mention', value: 'repeat' });
      else seen.add(id);
    });
  }
}

/** The step as a unified plugin, after the terms are annotated. */
export const remarkFirstMentions = () => (tree: Root) => markFirstMentions(tree);
