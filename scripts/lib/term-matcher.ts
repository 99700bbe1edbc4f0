/**
 * Finds glossary terms in running text with one Aho–Corasick automaton over every surface form
 * (hanzi, traditional, English aliases). Longest match wins, matches never overlap, Latin forms
 * need word boundaries and follow their case rule; hanzi match anywhere.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { Alias, GlossaryEntry } from './schema.ts';

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

export interface SurfaceForm {
  id: string;
  text: string;
  /** Exact forms must match letter case as written. */
  exact: boolean;
  /** Forms in Latin script need word boundaries on both sides. */
  bounded: boolean;
}

const HAN = /\p{Script=Han}/u;
/** A letter or digit that is not a hanzi: such characters on either side mean we are inside a word. */
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !HAN.test(char);

/** Lower-cases one character at a time, keeping any whose lower case differs in length, so offsets in the folded text equal offsets in the original. */
export function foldCase(text: string): string {
  let folded = '';
  for (const unit of text) {
    const lower = unit.toLowerCase();
    folded += lower.length === unit.length ? lower : unit;
  }
  return folded;
}

/** A bare alias with no lower-case letter (CAC, NDRC, FYP) is an acronym and must match exactly. */
export function aliasForm(alias: Alias): { text: string; exact: boolean } {
  if (typeof alias !== 'string') return { text: alias.text, exact: alias.case === 'exact' };
  return { text: alias, exact: !/\p{Ll}/u.test(alias) };
}

export function surfaceForms(entry: GlossaryEntry): SurfaceForm[] {
  const hanzi = [entry.hanzi, entry.traditional].filter((text): text is string => Boolean(text));
  return [
    ...hanzi.map((text) => ({ id: entry.id, text, exact: true, bounded: false })),
    ...entry.aliases.map((alias) => ({ id: entry.id, ...aliasForm(alias), bounded: true })),
  ];
}

export class TermMatcher {
  readonly #forms: SurfaceForm[];
  readonly #automaton: AhoCorasick<number> | undefined;

  constructor(entries: readonly GlossaryEntry[]) {
    this.#forms = entries.flatMap(surfaceForms);
    this.#automaton =
      this.#forms.length > 0 ? new AhoCorasick(this.#forms.map((form, index) => ({ pattern: foldCase(form.text), data: index }))) : undefined;
  }

  find(text: string): TermMatch[] {
    if (!this.#automaton || text === '') return [];
    const candidates: TermMatch[] = [];
    for (const hit of this.#automaton.search(foldCase(text))) {
      const form = this.#forms[hit.data as number];
      if (form.exact && text.slice(hit.start, hit.end) !== form.text) continue;
      if (form.bounded && (isWordChar(text[hit.start - 1]) || isWordChar(text[hit.end]))) continue;
      candidates.push({ id: form.id, start: hit.start, end: hit.end });
    }
    // Longest first, then leftmost; a candidate that overlaps an accepted match is dropped.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const accepted: TermMatch[] = [];
    for (const match of candidates) {
      if (taken.subarray(match.start, match.end).some(Boolean)) continue;
      taken.fill(1, match.start, match.end);
      accepted.push(match);
    }
    return accepted.sort((a, b) => a.start - b.start);
  }
}
