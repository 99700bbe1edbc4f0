/**
 * Renders a glossary definition (Markdown) to HTML with unified. Raw HTML in the source is
 * dropped by remark-rehype, so a definition cannot inject markup; rehype-slug gives any heading an
 * id; Chinese in the text gets its language tag, as in articles.
 */
import type { ElementContent, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { CHINESE, splitHanRuns } from '../../scripts/lib/han-runs.ts';

/** Wraps each run of hanzi outside code in `<span lang="zh-CN">`. */
function rehypeMarkChinese() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'code') return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const parts = splitHanRuns(node.value);
      if (!parts.some((part) => part.chinese)) return undefined;
      const replacement: ElementContent[] = parts.map((part) =>
        part.chinese ? { type: 'element', tagName: 'span', properties: { lang: CHINESE }, children: [{ type: 'text', value: part.text }] } : { type: 'text', value: part.text },
      );
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeMarkChinese).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
