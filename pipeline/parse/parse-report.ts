/**
 * The parse report's collector: the capture parser (and the boilerplate rules it applies) record
 * into it what they kept as headings and what they removed, line by line and rule by rule.
 */
import type { ParseReport } from '../../core/schema.ts';

export function createParseReport(): ParseReport {
  return { lines: 0, chars: 0, headings: [], dropped: [], markersWithoutNotes: [] };
}

/** Counts one line of the body the parser was given (blank lines do not count). */
export function recordSourceLine(report: ParseReport | undefined, text: string): void {
  const trimmed = text.trim();
  if (!report || trimmed === '') return;
  report.lines += 1;
  report.chars += trimmed.length;
}

/** Attributes a removed block to the rule that removed it: its source line and the lines joined into it. */
export function recordDrop(report: ParseReport | undefined, rule: string, line: number | undefined, text: string, joined: readonly number[] = []): void {
  if (!report) return;
  let entry = report.dropped.find((d) => d.rule === rule);
  if (!entry) report.dropped.push((entry = { rule, lines: [], chars: 0 }));
  // No line: part of a line went, and the line stays (a stamp cut from its start, date-stamp.ts).
  if (line !== undefined) entry.lines.push(line);
  entry.lines.push(...joined);
  entry.chars += text.trim().length;
}

/** One rule's removal of more than `share` of an article's characters. */
export interface LargeRemoval {
  rule: string;
  chars: number;
  share: number;
}

/** The rules that removed more than `share` (default a fifth) of the article: worth an editor's look. */
export function largeRemovals(report: ParseReport, share = 0.2): LargeRemoval[] {
  if (report.chars === 0) return [];
  const removals = [...report.dropped, ...(report.cut ? [report.cut] : [])];
  return removals
    .map(({ rule, chars }) => ({ rule, chars, share: chars / report.chars }))
    .filter((removal) => removal.share > share);
}

/** What all the rules together removed, when more than one rule did: many small drops can add up to most of an article. */
export function combinedRemoval(report: ParseReport): { rules: number; chars: number; share: number } | undefined {
  const removals = [...report.dropped, ...(report.cut ? [report.cut] : [])];
  if (removals.length < 2 || report.chars === 0) return undefined;
  const chars = removals.reduce((sum, removal) => sum + removal.chars, 0);
  return { rules: removals.length, chars, share: chars / report.chars };
}
