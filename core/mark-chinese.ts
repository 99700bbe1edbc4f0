/**
 * Tags Chinese inside English text with its language: each run of hanzi goes into a span with
 * `lang="zh-CN"` and each run of toned pinyin into one with `lang="zh-Latn-pinyin"`
 * (core/mixed-text.ts), so screen readers switch voice and browsers pick CJK glyphs (WCAG 3.1.2,
 * language of parts). The text itself does not change. One walk for both trees the project
 * writes: article mdast (a `<span>` JSX element, run last on the finished tree) and the hast of
 * glossary definitions (src/lib/markdown.ts).
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { expandNodes } from './expand-nodes.ts';
import { mayQuoteChinese, splitMixedText } from './mixed-text.ts';

/**
 * Replaces every text node quoting Chinese by its parts, the Chinese ones wrapped by `span` with
 * their language. Nodes for which `untouched` is true (code) are left as they are, children included.
 */
export function wrapChineseRuns(tree: Node, span: (text: string, lang: string) => Node, untouched: (node: Node) => boolean): void {
  const expand = (node: Node) => {
    if (node.type !== 'text') return undefined;
    const value = (node as Node & { value: string }).value;
    if (!mayQuoteChinese(value)) return undefined;
    const parts = splitMixedText(value);
    if (parts.length === 1 && parts[0].lang === undefined) return undefined;
    return parts.map((part) => (part.lang ? span(part.text, part.lang) : ({ type: 'text', value: part.text } as Node)));
  };
  expandNodes(tree, expand, untouched);
}

/** Code is shown as written; front matter is not text. */
const UNTOUCHED = new Set<Nodes['type']>(['inlineCode', 'code', 'html', 'yaml']);

function chineseSpan(text: string, lang: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: lang }], children: [{ type: 'text', value: text }] };
}

/** Tags the Chinese in an article's finished mdast. */
export function markChineseText(tree: Root): void {
  wrapChineseRuns(tree, chineseSpan, (node) => UNTOUCHED.has(node.type as Nodes['type']));
}
