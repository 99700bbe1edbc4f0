/**
 * Reading time of an article from its MDX body: the text is taken from the parsed tree (so markup
 * and component tags are not counted) and words are counted with Intl.Segmenter, which also
 * segments Chinese text into words. The tree comes from Sätteri, the compiler the page already
 * uses, with the page's options: much faster than remark, and it runs once per article page.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { articleMdxOptions } from './article-body.ts';

/** Words a minute for attentive reading of policy analysis. */
export const WORDS_PER_MINUTE = 220;

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Nodes whose children are running text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The text of each block on a line of its own, so that words either side of a block boundary (a
 * heading and the paragraph under it, two callouts alone on a line) are not run together.
 */
function blockText(node: Nodes): string {
  if (!('children' in node) || TEXT_BLOCKS.has(node.type)) return toString(node);
  return node.children.map((child) => blockText(child as Nodes)).join('\n');
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
  const tree = mdxToMdast(mdx, { features: articleMdxOptions.features, position: false });
  return Math.max(1, Math.round(countWords(blockText(tree)) / WORDS_PER_MINUTE));
}
