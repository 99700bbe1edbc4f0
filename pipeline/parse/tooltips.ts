/**
 * A glossary plugin's tooltip copied into the text it explains: "… what constitutes sensitive data
 * Definition ∞ Sensitive Data refers to categories of information … Republic of China. and the
 * localization mandates …" (HI-COM, translate.hicom-asia.com). The definition goes, and the sentence it
 * broke reads on; what went is reported by its characters under `parser: tooltip`.
 */
import type { ParseReport } from '../../core/schema.ts';
import { recordDrop } from './parse-report.ts';

/**
 * The marker, then the definition up to its full stop where the interrupted sentence goes on: in lower
 * case, a bracket, a comma or a stop of its own, or the line's end. An initial's stop ("U.S.") ends nothing.
 * The spaces before punctuation go with the definition ("localization , also known" → "localization, also known").
 */
const TOOLTIP = /\s+Definition ∞ [^∞]*?(?<!\b\p{Lu})[.!?](?:\s+(?=[,.;:)])|(?=\s+[\p{Ll}(])|$)/gu;

/** Each line without its tooltips. */
export function stripTooltips(lines: readonly string[], report: ParseReport | undefined): string[] {
  return lines.map((line) => {
    if (!line.includes('Definition ∞')) return line;
    return line.replace(TOOLTIP, (definition) => {
      recordDrop(report, 'parser: tooltip', undefined, definition);
      return '';
    });
  });
}
