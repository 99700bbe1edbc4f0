/**
 * Calmer pages: a term or dictionary word is a link at its first mention in each section, later
 * mentions in the same section are marked `mention="repeat"` (the site shows them as plain text).
 * A section starts at every heading of depth 1 or 2 (its own text included) and at the footnotes;
 * each footnote counts as one.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { CALLOUT_KEYS, type CalloutName } from './callout-element.ts';


/** `Term:<id>` or `Word:<hanzi>` when `node` is a callout: a term and a word never share a key. */
function calloutKey(node: Nodes): string | undefined {
  if (node.type !== 'mdxJsxTextElement' || !node.name || !Object.hasOwn(CALLOUT_KEYS, node.name)) return undefined;
  const key = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === CALLOUT_KEYS[node.name as CalloutName]);
  return typeof key?.value === 'string' ? `${node.name}:${key.value}` : undefined;
}

function startsSection(node: RootContent): boolean {
  return (node.type === 'heading' && node.depth <= 2) || node.type === 'footnoteDefinition';
}

/** Marks, in place, every Term and Word that repeats one seen earlier in its section. */
export function markFirstMentions(tree: Root): void {
  let seen = new Set<string>();
  for (const block of tree.children) {
    if (startsSection(block)) seen = new Set();
    visit(block as Nodes, (node) => {
      const key = calloutKey(node);
      if (key === undefined) return;
      if (seen.has(key)) (node as MdxJsxTextElement).attributes.push({ type: 'mdxJsxAttribute', name: 'mention', value: 'repeat' });
      else seen.add(key);
    });
  }
}

/** The step as a unified plugin, after the terms and the dictionary words are annotated. */
export const remarkFirstMentions = () => (tree: Root) => markFirstMentions(tree);
