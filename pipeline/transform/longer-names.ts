/**
 * A callout directly followed by more capitalised words that end in the head noun of an
 * organisation's name — "State Council Information Office", "NPC Law Committee" — links only the
 * start of a longer name that no entry holds (the longest match would have taken the whole name,
 * had an entry held it). These are reported for the lint; the annotation stays. Words before a
 * match are not read: a capital there is as often a sentence's first word, and in "X Office of the
 * State Council" the callout does name the State Council.
 */
import { HEAD_NOUNS } from './organisation-names.ts';
import { endsInTitleCase, SPACE, TITLE_WORD } from './longer-titles.ts';
import type { TermMatch } from './term-matcher.ts';

/**
 * Up to five capitalised words (with "and" or "&" between two of them: "Environmental Protection
 * and Resource Conservation Committee"), then the head noun, right after the match. Bounded, so a
 * line in capitals cannot take time out of proportion.
 */
const CONTINUATION = new RegExp(String.raw`^(?:${SPACE}${TITLE_WORD}(?:${SPACE}(?:and|&))?){0,5}?${SPACE}(?:${HEAD_NOUNS})\b`, 'u');
/** How far past a match the name is looked for: enough for six long words. */
const LOOKAHEAD = 120;

export interface LongerName {
  /** The entry whose alias starts the name. */
  id: string;
  /** Where the whole name (the match and the words after it) is in the text. */
  start: number;
  end: number;
}

export function findLongerNames(text: string, matches: readonly TermMatch[]): LongerName[] {
  const found: LongerName[] = [];
  for (const match of matches) {
    if (!endsInTitleCase(text.slice(match.start, match.end))) continue;
    const continuation = CONTINUATION.exec(text.slice(match.end, match.end + LOOKAHEAD))?.[0];
    // A name that another match starts inside belongs to that match ("NPC" before "Standing Committee" of an entry).
    if (!continuation || matches.some((other) => other.start > match.end && other.start < match.end + continuation.length)) continue;
    found.push({ id: match.id, start: match.start, end: match.end + continuation.length });
  }
  return found;
}
