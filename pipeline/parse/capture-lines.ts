/**
 * What one line of a raw capture is, read from its shape alone: a table row, or else the line
 * rules as data, tried in order. Whether a text line is a heading, and whether a numbered line
 * is one, needs its neighbours too (heading-evidence.ts).
 */
import { readRow, type Row } from './capture-tables.ts';

export interface SourceLine {
  text: string;
  /** Line in the source file. */
  line: number;
  /** The other source lines joined into this one (hard wraps), for the parse report. */
  joined?: number[];
}

export type LineBlock = SourceLine & {
  /** The whole line, trimmed: what a note or item falls back to when it turns out to be text. */
  raw: string;
} & (
  | { type: 'text' }
  | { type: 'bullet'; indent: number; glyph: string }
  | { type: 'ordered'; indent: number; number: number }
  | { type: 'note'; label: string }
  | ({ type: 'row' } & Row)
);

interface LineRule {
  id: LineBlock['type'];
  pattern: RegExp;
}

/** Superscript digits as footnote markers write them, and the digits they stand for. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const fromSuperscript = (text: string) => [...text].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');

const LINE_RULES: readonly LineRule[] = [
  // "[1] Note text" and "¹ Note text": a note wherever it stands (bound to a marker later).
  { id: 'note', pattern: /^\s*(?:\[(?<label>\d{1,3})\]|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s*(?<text>\S.*)$/u },
  // "  • item", "- item", "◦ item": the glyph tells nesting levels apart when indentation was lost.
  { id: 'bullet', pattern: /^(?<indent>\s*)(?<glyph>[•●▪◦‣·*-])\s+(?<text>\S.*)$/u },
  // "  1. Title", "  2) item": a numbered item or a numbered section head. Indented, as browsers
  // copy list items: "1) …" at the margin is text that happens to start with a number.
  { id: 'ordered', pattern: /^(?<indent>\s+)(?<number>\d{1,3})[.)]\s+(?<text>\S.*)$/u },
];

const width = (indent: string) => indent.replace(/\t/gu, '    ').length;

export function classifyLine({ text: raw, line, joined }: SourceLine): LineBlock {
  const trimmed = raw.trim();
  const row = readRow(trimmed);
  if (row) return { line, joined, raw: trimmed, type: 'row', text: trimmed, ...row };
  for (const rule of LINE_RULES) {
    const groups = rule.pattern.exec(raw)?.groups;
    if (!groups) continue;
    const text = groups.text.trim();
    switch (rule.id) {
      case 'note':
        return { line, joined, raw: trimmed, type: 'note', label: groups.label ?? fromSuperscript(groups.sup), text };
      case 'bullet':
        return { line, joined, raw: trimmed, type: 'bullet', indent: width(groups.indent), glyph: groups.glyph, text };
      case 'ordered':
        return { line, joined, raw: trimmed, type: 'ordered', indent: width(groups.indent), number: Number(groups.number), text };
    }
  }
  return { line, joined, raw: trimmed, type: 'text', text: trimmed };
}
