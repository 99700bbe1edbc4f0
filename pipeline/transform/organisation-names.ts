/**
 * A concept written in title case and followed by the head noun of an organisation's name —
 * "Technology and National Security Program", "Central Cyber Security and Digitisation Committee" —
 * is a word of that name, not the concept: it is left unlinked. An entry that names the
 * organisation still matches it whole (the longest match wins first).
 */
import type { GlossaryEntry } from '../../core/schema.ts';
import type { TermMatch } from './term-matcher.ts';

/** Categories of ideas, whose names organisations borrow; an institution or a plan named inside a longer name is still itself. */
const IDEAS: ReadonlySet<GlossaryEntry['category']> = new Set(['concept', 'slogan', 'phrase']);

const HEAD_NOUN = /^[ \u00a0\u202f]+(?:Committee|Commission|Council|Program|Programme|Center|Centre|Office|Institute|Department|Bureau|Agency|Administration|Association|Foundation|Laboratory|University|School|College|Ministry)\b/u;

/** Whether the surface's last word is capitalised, as the words of a name are: "National Security", not "national security". */
const endsCapitalised = (surface: string) => /(?:^|[\s\u00a0\-])\p{Lu}[\p{L}\p{N}'’]*$/u.test(surface);

export function insideOrganisationName(text: string, match: TermMatch, category: GlossaryEntry['category'] | undefined): boolean {
  return category !== undefined && IDEAS.has(category) && endsCapitalised(text.slice(match.start, match.end)) && HEAD_NOUN.test(text.slice(match.end, match.end + 24));
}
