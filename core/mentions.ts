/**
 * How a reader counts a term's mentions, written once for the pipeline (the counts in
 * `generated/report.json`, hence `/glossary.json`) and the term page (its concordance lines and
 * "N mentions" line), so the two never disagree.
 */
import type { Occurrence } from './schema.ts';

/** Characters of context either side of a concordance line's keyword, about five English words. */
export const CONTEXT = 34;

/** Runs of white space as one space, as the article's page shows them. */
export const squash = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * Forms of the term in one sentence share a line when their lines would quote overlapping words
 * (no more than both contexts between them): "Conference (Zhongguo … Huiyi, 会议), or CPPCC" is one
 * line, not three near-copies. Forms further apart quote different parts of the sentence.
 */
const sharesLine = (between: string) => squash(between).length <= 2 * CONTEXT;

/**
 * A form glossing the one before it is one mention with it, as a reader counts: nothing but spaces
 * and punctuation between ("“development” (高质量发展", "(无为, wúwéi", '"prosperity" 共同富裕'), or
 * a bracket opened with a romanisation in it ("Conference (Zhongguo … Huiyi, 会议"). One pass each.
 */
function glosses(between: string): boolean {
  const rest = between.replace(/^[^\p{L}\p{N}(（]*/u, '');
  return rest === '' || /^[(（][^)）]*$/u.test(rest);
}

/** A passage: forms of one term in one sentence close enough to quote on one line, and the mentions they make. */
export interface Passage {
  anchor: string;
  sentence: string;
  /** The forms' [start, end) in the sentence, in order, overlapping ones dropped. */
  forms: [number, number][];
  /** The forms, less those glossing the form before them. */
  mentions: number;
}

/** One term's occurrences in one article (in document order) as passages. */
export function termPassages(occurrences: readonly Occurrence[]): Passage[] {
  const sentences: { anchor: string; sentence: string; spans: [number, number][] }[] = [];
  for (const { anchor, sentence, start, end } of occurrences) {
    const last = sentences.at(-1);
    if (last?.anchor === anchor && last.sentence === sentence) last.spans.push([start, end]);
    else sentences.push({ anchor, sentence, spans: [[start, end]] });
  }
  return sentences.flatMap(({ anchor, sentence, spans }) => {
    const groups: [number, number][][] = [];
    let at = 0;
    for (const span of spans.sort((a, b) => a[0] - b[0])) {
      if (span[0] < at) continue; // overlaps a form already marked
      const last = groups.at(-1);
      if (last && sharesLine(sentence.slice(at, span[0]))) last.push(span);
      else groups.push([span]);
      at = span[1];
    }
    return groups.map((forms) => {
      const mentions = forms.filter(([start], index) => index === 0 || !glosses(sentence.slice(forms[index - 1][1], start))).length;
      return { anchor, sentence, forms, mentions };
    });
  });
}

/** Mentions per term of one article's occurrences (any terms, document order), as the term pages count them. */
export function mentionCounts(occurrences: readonly Occurrence[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [term, own] of Map.groupBy(occurrences, (o) => o.term)) {
    counts[term] = termPassages(own).reduce((sum, passage) => sum + passage.mentions, 0);
  }
  return counts;
}
