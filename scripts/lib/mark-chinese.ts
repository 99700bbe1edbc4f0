/**
 * Tags Chinese in an article's text with its language: each run of hanzi becomes
 * `<span lang="zh-CN">`, so screen readers switch voice and browsers pick CJK glyphs (WCAG 3.1.2,
 * language of parts). Runs last, on the finished tree: the text itself does not change.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { CHINESE, splitHanRuns } from './han-runs.ts';

/** Code is shown as written; front matter is not text. */
const UNTOUCHED = new Set(['inlineCode', 'code', 'html', 'yaml']);

function chineseSpan(text: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: CHINESE }], children: [{ type: 'text', value: text }] };
}

export function markChineseText(tree: Root): void {
  visit(tree as Nodes, (node, index, parent) => {
    if (UNTOUCHED.has(node.type)) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
    const parts = splitHanRuns(node.value);
    if (!parts.some((part) => part.chinese)) return undefined;
    const replacement: PhrasingContent[] = parts.map((part) => (part.chinese ? chineseSpan(part.text) : { type: 'text', value: part.text }));
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}
