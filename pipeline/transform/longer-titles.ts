/**
 * A plan, law or initiative written in title case and continued by "for", "on" or "of" and more
 * capitalised words — "14th Five-Year Plan for Digital Economy" — is usually the name of another
 * document that has no entry of its own: the matcher found the shorter entry's alias inside it
 * (the longest match would have been the title, had an entry held it). These are reported for the
 * lint; the annotation stays, as the shorter term is still named.
 */
import type { GlossaryEntry } from '../../core/schema.ts';
import type { TermMatch } from './term-matcher.ts';

/** Entries that are documents: an institution "on Tuesday" or a concept "for Business" is not another title. */
export const DOCUMENT_CATEGORIES: ReadonlySet<GlossaryEntry['category']> = new Set(['plan', 'law', 'initiative']);

/** A capitalised word: what the words of a title are (a number after "on" is a date: "on 12 January"). */
export const TITLE_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’\-]*`;
/** Lower-case words a title keeps between its capitalised ones. */
const JOINER = String.raw`(?:and|of|the|for|on|in|to|with|a|an)`;
/** The spaces between a name's words: plain, no-break and narrow no-break. */
export const SPACE = String.raw`[ \u00a0\u202f]+`;
/**
 * " for|on|of|to (the) Title Words", ending on a title word; at most 12 words, so a long run of
 * capitals (an all-caps line) cannot take time out of proportion.
 */
const CONTINUATION = new RegExp(String.raw`^${SPACE}(?:for|on|of)${SPACE}(?:(?:the|a|an)${SPACE})?${TITLE_WORD}(?:${SPACE}(?:${JOINER}${SPACE}){0,2}${TITLE_WORD}){0,11}`, 'u');
/** Words that only say whose document it is (… Law of the People's Republic of China): the same document, not another one. */
const JURISDICTION = /^(?:China|Chinese|PRC|People[’']s|Republic|State|Country)$/u;
/** Dates (… Plan on Monday, … on Dec 3): month and weekday names, long and short, from Intl rather than typed out. */
const DATE_WORDS = new Set(
  (['long', 'short'] as const).flatMap((width) => [
    ...Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('en', { month: width, timeZone: 'UTC' }).format(Date.UTC(2024, month, 1))),
    ...Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat('en', { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, day + 1))),
  ]),
);
/** How far past a match a continuation is looked for: enough for 12 long words. */
const LOOKAHEAD = 200;

export interface LongerTitle {
  /** The entry whose alias was found inside the title. */
  id: string;
  /** Where the whole title (the match and its continuation) is in the text. */
  start: number;
  end: number;
}

/**
 * Whether the surface ends on a capitalised word, as the words of a name do ("Five-Year Plan", not
 * "five-year plan"); with `numbers`, a number counts too ("Made in China 2025").
 */
export function endsInTitleCase(surface: string, { numbers = false } = {}): boolean {
  return (numbers ? /(?:^|[\s\u00a0\-])(?:\p{Lu}|\p{N})[\p{L}\p{N}'’]*$/u : /(?:^|[\s\u00a0\-])\p{Lu}[\p{L}\p{N}'’]*$/u).test(surface);
}

/** The continuation without a date at its end: " for Digital Economy on March" → " for Digital Economy". */
function withoutDate(continuation: string): string {
  const parts = continuation.split(/(?=[ \u00a0\u202f]+)/u);
  while (parts.length > 0 && (DATE_WORDS.has(parts.at(-1)!.trim()) || /^(?:on|in|of|the)$/.test(parts.at(-1)!.trim()))) parts.pop();
  return parts.join('');
}

/** `isDocument`: whether an entry id names a document (see DOCUMENT_CATEGORIES). */
export function findLongerTitles(text: string, matches: readonly TermMatch[], isDocument: (id: string) => boolean): LongerTitle[] {
  const found: LongerTitle[] = [];
  for (const match of matches) {
    if (!isDocument(match.id) || !endsInTitleCase(text.slice(match.start, match.end), { numbers: true })) continue;
    const continuation = CONTINUATION.exec(text.slice(match.end, match.end + LOOKAHEAD))?.[0];
    if (!continuation) continue;
    const title = withoutDate(continuation);
    const named = title.trim().split(/[\s\u00a0\u202f]+/u).slice(1).filter((word) => /^\p{Lu}/u.test(word) && !JURISDICTION.test(word));
    if (named.length === 0) continue;
    found.push({ id: match.id, start: match.start, end: match.end + title.length });
  }
  return found;
}
