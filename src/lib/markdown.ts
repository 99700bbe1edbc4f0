/**
 * Renders a glossary definition (Markdown) to HTML with unified. Raw HTML in the source is shown
 * as text (core/html-as-text.ts), so a definition cannot inject markup and loses no words; a link
 * to a javascript: or other unsafe address (an error of the lint) is shown as its text;
 * rehype-slug gives any heading an id; Chinese in the text gets its language tag, as in articles.
 */
import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkHtmlAsText } from '../../core/html-as-text.ts';
import { remarkUnsafeLinksAsText } from '../../core/link-addresses.ts';
import { wrapChineseRuns } from '../../core/mark-chinese.ts';

/** Tags Chinese in the definition as in articles; code is shown as written. */
function rehypeMarkChinese() {
  const span = (text: string, lang: string): Element => ({ type: 'element', tagName: 'span', properties: { lang }, children: [{ type: 'text', value: text }] });
  return (tree: Root) => wrapChineseRuns(tree, span, (node) => node.type === 'element' && (node as Element).tagName === 'code');
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHtmlAsText).use(remarkUnsafeLinksAsText).use(remarkRehype).use(rehypeSlug).use(rehypeMarkChinese).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
