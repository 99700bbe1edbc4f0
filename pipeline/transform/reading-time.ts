/**
 * Reading time of an article, counted once in the conversion rather than by re-parsing the MDX on
 * every page build. Words come from the tree's text (markup and component tags are not text).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { splitHanRuns } from '../../core/chinese-text.ts';

/** Words a minute for attentive reading of policy analysis. */
export const WORDS_PER_MINUTE = 220;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** A word of alphabetic text as Intl.Segmenter counts one: letters and digits, joined by an apostrophe or a point (China’s, U.S, 3.5). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Words in `text`: Chinese is segmented into words by Intl.Segmenter; other text is counted by a
 * pattern that agrees with the segmenter (the five seed articles: the same counts, one word apart
 * in 2,257) at a tenth of its cost.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const part of splitHanRuns(text)) {
    if (!part.chinese) words += part.text.match(WORD)?.length ?? 0;
    else for (const segment of segmenter.segment(part.text)) if (segment.isWordLike) words++;
  }
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
export function readingMinutes(tree: Root): number {
  return Math.max(1, Math.round(countWords(blockText(tree)) / WORDS_PER_MINUTE));
}

/** Leaves the article's reading time on `file.data.readingMinutes`. */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    file.data.readingMinutes = readingMinutes(tree);
  };
}
