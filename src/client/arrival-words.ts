/**
 * What a search result's link asks its article to mark (`?q=`, run-search.ts): words apart and
 * quoted phrases, found in one paragraph's text, whose words may sit in several text nodes (a
 * phrase that runs into a term's link, or over a quotation mark).
 */
import { hasHan } from '../../core/chinese-text.ts';
import { QUOTATION_MARKS } from '../../core/search-text.ts';

/**
 * The `q` of a result's link, from the runs its excerpt marked: a run of several words as a phrase
 * in straight quotes, its own quotation marks dropped ("Made in China 2025” strategy": the
 * pattern below finds its words over them).
 */
export const arrivalQuery = (marked: readonly string[]): string =>
  marked
    .map((run) => run.replace(QUOTATION_MARKS, ' ').trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
    .map((words) => (/\s/.test(words) ? `"${words}"` : words))
    .join(' ');

/** The words and quoted phrases of `q`, as the result's link names them. */
export const wantedWords = (q: string): string[] => [...q.matchAll(/"([^"]+)"|(\S+)/g)].map((match) => (match[1] ?? match[2]).trim()).filter(Boolean);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word whole, as the result marked it on the page ("Li", not the li of "policy"); hanzi anywhere
 * in a run, which has no word boundaries; a phrase's words in a row, whatever stands between them
 * that is not a letter or digit (a space, a quotation mark, a line's end).
 */
export function wordPattern(wanted: readonly string[]): RegExp | undefined {
  const alternatives = [...wanted]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const literal = /\s/.test(word) ? word.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escaped).join('[^\\p{L}\\p{N}]+') : escaped(word);
      if (literal === '') return '';
      return hasHan(word) ? literal : `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`;
    })
    .filter(Boolean);
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'giu') : undefined;
}

/**
 * Where `pattern` matches in consecutive texts read as one string: for each text, the [start, end)
 * parts of the matches that fall in it. One pass over the joined text.
 */
export function matchRanges(texts: readonly string[], pattern: RegExp): [number, number][][] {
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length;
  }
  const ranges = texts.map((): [number, number][] => []);
  let first = 0;
  for (const match of texts.join('').matchAll(pattern)) {
    const from = match.index;
    const to = from + match[0].length;
    while (first + 1 < texts.length && starts[first + 1] <= from) first++;
    for (let index = first; index < texts.length && starts[index] < to; index++) {
      const start = Math.max(from, starts[index]) - starts[index];
      const end = Math.min(to, starts[index] + texts[index].length) - starts[index];
      if (end > start) ranges[index].push([start, end]);
    }
  }
  return ranges;
}
