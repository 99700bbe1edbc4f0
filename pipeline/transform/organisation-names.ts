/**
 * A concept written in title case and followed by the head noun of an organisation's name —
 * "Technology and National Security Program", "China-ASEAN Digital Economy Community" — or
 * following it with "for", "of" or "on" — "Central Leading Group for Cybersecurity and
 * Informatization" — is a word of that name, not the concept: it is left unlinked. An entry that
 * names the organisation still matches it whole (the longest match wins first).
 */
import type { GlossaryEntry } from '../../core/schema.ts';
import { endsInTitleCase, TITLE_WORD } from './longer-titles.ts';
import type { TermMatch } from './term-matcher.ts';

/** Categories of ideas, whose names organisations borrow; an institution or a plan named inside a longer name is still itself. */
const IDEAS: ReadonlySet<GlossaryEntry['category']> = new Set(['concept', 'slogan', 'phrase']);

/** Last words of an organisation's name (longer-names.ts reads them too). */
export const HEAD_NOUNS = 'Committee|Commission|Council|Program|Programme|Center|Centre|Office|Institute|Department|Bureau|Agency|Administration|Association|Foundation|Laboratory|University|School|College|Ministry|Community|Forum|Alliance|Summit|Conference|Federation|Society';
const HEAD_NOUN = new RegExp(`^[ \\u00a0\\u202f]+(?:${HEAD_NOUNS})\\b`, 'u');
/** "… Group for ", "… Commission for Cybersecurity and ": a head noun, its preposition, then only title-case words of the name. */
const HEAD_NOUN_BEFORE = new RegExp(`\\b(?:${HEAD_NOUNS}|Group)\\s+(?:for|of|on)\\s+(?:the\\s+)?(?:${TITLE_WORD}\\s+(?:(?:and|&)\\s+)?)*$`, 'u');
/** How far back a name's head noun is looked for: a few words. */
const REACH_BACK = 80;


export function insideOrganisationName(text: string, match: TermMatch, category: GlossaryEntry['category'] | undefined): boolean {
  if (category === undefined || !IDEAS.has(category) || !endsInTitleCase(text.slice(match.start, match.end))) return false;
  return HEAD_NOUN.test(text.slice(match.end, match.end + 24)) || HEAD_NOUN_BEFORE.test(text.slice(Math.max(0, match.start - REACH_BACK), match.start));
}
