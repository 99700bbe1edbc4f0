/**
 * Compiles generated MDX with the site's compiler and reading options (Sätteri, src/lib/article-body.ts)
 * and renders it with react-dom/server, so tests can compare what a reader would see.
 */
import { evaluate } from 'satteri';
import { createElement, type ReactNode } from 'react';
import * as reactRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { articleMdxOptions, mdxRuntime } from '../../src/lib/article-body.ts';

/** Stands in for the site's callout: a link around the surface text, as Term.astro renders it. */
const Term = ({ id, children }: { id: string; children?: ReactNode }) => createElement('a', { href: `/glossary/${id}/`, 'data-term': id }, children);

/** Stands in for the dictionary card (DictionaryWord.astro): a link around the word. */
const Word = ({ hanzi, children }: { hanzi: string; children?: ReactNode }) => createElement('a', { href: `/dictionary/${hanzi}/`, 'data-word': hanzi }, children);

const runtime = mdxRuntime(reactRuntime);

export async function renderMdx(mdx: string): Promise<string> {
  // React wants `className`, Astro `class`: only the attribute spelling differs.
  const { default: Content } = await evaluate(mdx, { ...runtime, ...articleMdxOptions, elementAttributeNameCase: 'react' });
  return renderToStaticMarkup(createElement(Content as (props: { components: object }) => ReactNode, { components: { Term, Word } }));
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/** The text of rendered HTML: tags dropped, entities decoded. */
export const htmlText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot|#x27|#39);/g, (entity) => entities[entity]);

/** Text with every run of white space as one space, trimmed: what a reader sees of it. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter);

/**
 * The text of MDX as the MDX grammar reads it (JSX elements keep their children's text), without
 * compiling: for inputs too large to compile and render in a unit test.
 */
export function mdxText(mdx: string): string {
  const tree = mdxParser.parse(mdx);
  return tree.children.filter((node) => node.type !== 'yaml').map((node) => toString(node)).join('\n');
}
