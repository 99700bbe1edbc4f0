/**
 * Tags Chinese inside English text with its language: each run of hanzi goes into a span with
 * `lang="zh-CN"`, so screen readers switch voice and browsers pick CJK glyphs (WCAG 3.1.2,
 * language of parts). The text itself does not change. One walk for both trees the project
 * writes: article mdast (a `<span>` JSX element, run last on the finished tree) and the hast of
 * glossary definitions (src/lib/markdown.ts).
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { CHINESE, hasHan, splitHanRuns } from './chinese-text.ts';
import { expandNodes } from './expand-nodes.ts';

/**
 * Replaces every text node holding hanzi by its parts, the Chinese ones wrapped by `span`.
 * Nodes for which `untouched` is true (code) are left as they are, children included.
 */
export function wrapHanRuns(tree: Node, span: (text: string) => Node, untouched: (node: Node) => boolean): void {
  const expand = (node: Node) => {
    if (node.type !== 'text') return undefined;
    const value = (node as Node & { value: string }).value;
    // Most text has no hanzi: one test, rather than splitting it into parts to find none.
    if (!hasHan(value)) return undefined;
    return splitHanRuns(value).map((part) => (part.chinese ? span(part.text) : ({ type: 'text', value: part.text } as Node)));
  };
  expandNodes(tree, expand, untouched);
}

/** Code is shown as written; front matter is not text. */
const UNTOUCHED = new Set<Nodes['type']>(['inlineCode', 'code', 'html', 'yaml']);

function chineseSpan(text: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: CHINESE }], children: [{ type: 'text', value: text }] };
}

/** Tags the Chinese in an article's finished mdast. */
export function markChineseText(tree: Root): void {
  wrapHanRuns(tree, chineseSpan, (node) => UNTOUCHED.has(node.type as Nodes['type']));
}
