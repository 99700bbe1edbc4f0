/**
 * The date stamp a web store glues before the first line of some captures: glued to a few words of
 * the page's chrome (" date 2022-03-10 Logo", " date 2021-07-13 China", " date 2023-07-13 The Digital
 * Source For China's Tech Innovation Since 2000"), the line goes; glued to a sentence or more words
 * (the first paragraph: " date 2023-07-13 Chinese regulators on Thursday finalized …", CNBC; a caption;
 * a long title), only the stamp goes, and the rest meets its own rules.
 */
import type { ParseReport } from '../../core/schema.ts';
import { recordDrop } from './parse-report.ts';

const STAMP = /^\s*date (?:19|20)\d\d-\d\d(?:-\d\d)?(?=\s|$)\s*/u;
/** Chrome after the stamp: at most ten words, no sentence ("Skip to main content", "Edition: International", a site's tagline). */
const CHROME = /^(?:\S+(?:\s+\S+){0,9})?$/u;

export interface DateStamp {
  /** Index of the line it was glued to. */
  index: number;
  /** What went: the stamp, or the whole line when it held only chrome besides. */
  text: string;
  whole: boolean;
}

/** The lines with the stamp cut from the first non-blank one, and the stamp. */
export function stripDateStamp(lines: readonly string[]): { lines: string[]; stamp?: DateStamp } {
  const index = lines.findIndex((line) => line.trim() !== '');
  const match = index < 0 ? null : STAMP.exec(lines[index]);
  if (!match) return { lines: [...lines] };
  const out = [...lines];
  const rest = lines[index].slice(match[0].length);
  const whole = CHROME.test(rest.trim()) && !/[.!?]$/u.test(rest.trim());
  out[index] = whole ? '' : rest;
  return { lines: out, stamp: { index, text: whole ? lines[index].trim() : match[0].trim(), whole } };
}

/** Reports the stamp under `parser: date-stamp`: its characters, and its line when the whole line went. */
export function reportDateStamp(report: ParseReport | undefined, stamp: DateStamp | undefined, firstLine: number): void {
  if (stamp) recordDrop(report, 'parser: date-stamp', stamp.whole ? firstLine + stamp.index : undefined, stamp.text);
}
