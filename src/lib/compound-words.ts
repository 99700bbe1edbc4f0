/**
 * Hyphenated words ("world-class", "Five-Year") in a short text, so a table can keep each on one
 * line: a browser may break after any hyphen, and a narrow column showed "world- / class". Only
 * compounds up to MAX_COMPOUND characters: one of them always fits a phone's line, a longer chain
 * may still break at its hyphens.
 */
export const MAX_COMPOUND = 20;

const COMPOUND = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)+/gu;

/** The text in order as pieces, `compound` set on each hyphenated word short enough to keep whole. */
export function compoundWords(text: string): { text: string; compound: boolean }[] {
  const pieces: { text: string; compound: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (match[0].length > MAX_COMPOUND) continue;
    if (match.index > from) pieces.push({ text: text.slice(from, match.index), compound: false });
    pieces.push({ text: match[0], compound: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), compound: false });
  return pieces;
}
