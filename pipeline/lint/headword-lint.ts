/**
 * The headword (`term:`) is what a card and the term page show; the matcher never reads it, only
 * the hanzi, the traditional form and the aliases. A headword missing from the aliases is therefore
 * never linked where an article writes it (editor trial: "Xinhua News Agency" linked only "Xinhua").
 */
import { type GlossaryEntry } from '../../core/schema.ts';
import { termMatcherFor, type TermMatcher, type TermMatch } from '../transform/term-matcher.ts';
import type { ContentError } from '../content-error.ts';
import { closingAside, commonWordRank, type Placer } from './matching-lint.ts';

/**
 * The name a headword gives, without a closing aside in brackets: an abbreviation ("(CAC)"), years
 * ("(2021–2025)"), a reading ("(yǒuwéi)") or a gloss ("(ecology)") that articles do not write with it.
 */
export function headwordName(term: string): string {
  return closingAside(term)?.name ?? term.trim();
}

/** Whether the matcher, over the whole glossary, reads all of `name` as one match of `id`. */
function matchedWhole(matcher: TermMatcher, name: string, id: string): boolean {
  const matches = matcher.find(name);
  return matches.length === 1 && matches[0].id === id && matches[0].start === 0 && matches[0].end === name.length;
}

/** What an article writing `name` gets instead: the matches the matcher finds in it. */
function whatLinks(matches: readonly TermMatch[], name: string): string {
  if (matches.length === 0) return 'no callout marks it';
  if (matches.length === 1 && matches[0].start === 0 && matches[0].end === name.length) return `it links to ${matches[0].id}`;
  return `only ${matches.map((match) => `"${name.slice(match.start, match.end)}" (${match.id})`).join(', ')} is linked`;
}

/**
 * A warning for each entry whose headword name the matcher does not read as that entry. Not for a
 * name that is one common English word ("Active", "Clear": as an alias the common-word rule would
 * warn of it), nor where `overrides.headword.reason` says why it must stay unmatched; an override
 * the headword no longer needs is reported like the other overrides.
 */
export function unmatchedHeadwords(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  const matcher = termMatcherFor(entries);
  return entries.flatMap((entry) => {
    const name = headwordName(entry.term);
    const matched = matchedWhole(matcher, name, entry.id);
    if (entry.overrides?.headword) {
      return matched ? [at(entry, ['overrides', 'headword'], `headword override is not needed: "${name}" is matched as this entry`, 'remove overrides.headword')] : [];
    }
    if (matched || commonWordRank(name, false) !== undefined) return [];
    const why = whatLinks(matcher.find(name), name);
    return [at(entry, ['term'], `headword "${name}" is not an alias, and the matcher reads only the hanzi and the aliases: where an article writes "${name}", ${why}`, `add "${name}" to aliases, or add overrides.headword.reason saying why articles must not link it`)];
  });
}
