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
  // Fast path, same result: without Σ (whose lower case depends on its neighbours) and with no
  // character whose lower case is longer (İ; none is shorter), lower-casing the whole string is
  // lower-casing each character.
  if (!text.includes('Σ')) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return lower;
  }
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

/**
 * Typographic punctuation (quotes, dashes, ellipses, CJK and full-width punctuation) that never joins
 * a neighbour in one grapheme. The automaton walks ASCII fast but sends everything after a text's
 * first non-ASCII character through a grapheme segmenter, most of its time on captures full of
 * curly quotes; a match cannot span a character no surface form contains, so the text is searched
 * in the pieces between such characters instead, with the same result.
 */
const PUNCTUATION = [...'\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u3000\u3001\u3002\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f'];

/** Runs of the punctuation no form contains; not before a combining mark or joiner, which would join it. */
function separatorPattern(forms: readonly string[]): RegExp | undefined {
  const unused = PUNCTUATION.filter((char) => !forms.some((form) => form.includes(char)));
  return unused.length > 0 ? new RegExp(`[${unused.join('')}]+(?![\\p{M}\\u200d])`, 'gu') : undefined;
}

export class TermMatcher {
  readonly #forms: SurfaceForm[];
  readonly #automaton: AhoCorasick<number> | undefined;
  readonly #separators: RegExp | undefined;

  constructor(entries: readonly GlossaryEntry[]) {
    this.#forms = entries.flatMap(surfaceForms);
    const patterns = this.#forms.map((form) => foldCase(form.text));
    this.#automaton = patterns.length > 0 ? new AhoCorasick(patterns.map((pattern, index) => ({ pattern, data: index }))) : undefined;
    this.#separators = separatorPattern(patterns);
  }

  /** The automaton's hits in `folded`, searched piece by piece between separators; offsets into `folded`. */
  *#hits(folded: string): Generator<{ start: number; end: number; data: number }> {
    const automaton = this.#automaton!;
    let from = 0;
    const pieces = this.#separators ? folded.matchAll(this.#separators) : [];
    for (const separator of [...pieces, { index: folded.length, 0: '' }]) {
      if (separator.index > from) {
        const piece = folded.slice(from, separator.index);
        for (const hit of automaton.search(piece)) yield { start: hit.start + from, end: hit.end + from, data: hit.data as number };
      }
      from = separator.index + separator[0].length;
    }
  }

  find(text: string): TermMatch[] {
    if (!this.#automaton || text === '') return [];
    const candidates: TermMatch[] = [];
    for (const hit of this.#hits(foldCase(text))) {
      const form = this.#forms[hit.data];
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
