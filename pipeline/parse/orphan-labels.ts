/**
 * A field's label on a line of its own whose value a rule dropped: SCIO's "Date:" above "July 22,
 * 2024" (a date line the rules drop) would stand alone, a label for nothing, so it goes with it.
 */
import type { ParseReport } from '../../core/schema.ts';
import { recordDrop } from './parse-report.ts';

/** A label of one to three capitalised words and a colon: "Date:", "Release date:", "时间：". */
const LABEL = /^[\p{Lu}\p{sc=Han}][\p{L}]*(?: [\p{L}]+){0,2}\s*[:：]$/u;

/**
 * @param raw the capture's lines; `kept` the same lines with those the rules dropped blanked
 * @returns `kept` with each label whose value (the next non-blank line) was dropped blanked too
 */
export function dropOrphanLabels(raw: readonly string[], kept: readonly string[], report: ParseReport | undefined, firstLine: number): string[] {
  const out = [...kept];
  let label: number | undefined;
  raw.forEach((line, index) => {
    if (line.trim() === '') return;
    if (label !== undefined && kept[index] === '') {
      recordDrop(report, 'parser: orphan-label', firstLine + label, raw[label]);
      out[label] = '';
    }
    label = kept[index] !== '' && LABEL.test(line.trim()) ? index : undefined;
  });
  return out;
}
