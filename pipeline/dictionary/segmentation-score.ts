/**
 * Scores a segmentation against a gold one: a predicted word counts as right when the gold has a
 * word with the same start and end (the usual word-level precision and recall of SIGHAN bakeoffs).
 */
import type { Segment } from './segmenter.ts';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /**
   * Predicted words that straddle a gold word boundary without being a union of gold words
   * (大和 in 二十大和中央): the errors that give a reader a wrong card rather than a coarser or finer one.
   */
  crossing: number;
  /** Runs segmented exactly as the gold. */
  exactRuns: number;
  runs: number;
}

/** The gold file: one run a line, words separated by spaces; `#` lines and blank lines are skipped. */
export function readGold(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
}

function spans(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  let start = 0;
  for (const word of words) {
    const end = start + [...word].length;
    result.add(`${start}:${end}`);
    start = end;
  }
  return result;
}

function boundaries(words: readonly string[]): Set<number> {
  const result = new Set<number>([0]);
  let end = 0;
  for (const word of words) result.add((end += [...word].length));
  return result;
}

/** Whether a predicted span is neither whole gold words nor inside one gold word. */
function crosses(span: string, gold: Set<number>): boolean {
  const [start, end] = span.split(':').map(Number);
  if (gold.has(start) && gold.has(end)) return false;
  for (let inner = start + 1; inner < end; inner++) if (gold.has(inner)) return true;
  return false;
}

export function scoreSegmenter(segment: Segment, gold: readonly (readonly string[])[]): Score {
  let right = 0;
  let predicted = 0;
  let expected = 0;
  let exactRuns = 0;
  let crossing = 0;
  for (const words of gold) {
    const want = spans(words);
    const got = spans(segment(words.join('')));
    const edges = boundaries(words);
    crossing += [...got].filter((span) => crosses(span, edges)).length;
    const hits = [...got].filter((span) => want.has(span)).length;
    right += hits;
    predicted += got.size;
    expected += want.size;
    if (hits === want.size && got.size === want.size) exactRuns++;
  }
  const precision = right / predicted;
  const recall = right / expected;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), crossing, exactRuns, runs: gold.length };
}
