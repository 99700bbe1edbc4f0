/**
 * Reading time of an article from its MDX body: the text is taken from the parsed tree (so markup
 * and component tags are not counted) and words are counted with Intl.Segmenter, which also
 * segments Chinese text into words.
 */
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Words a minute for attentive reading of policy analysis. */
export const WORDS_PER_MINUTE = 220;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
  const text = toString(parser.parse(mdx));
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
