/**
 * Finds glossary terms in running text with one Aho–Corasick automaton over every surface form
 * (hanzi, traditional, English aliases). Longest match wins, matches never overlap, Latin forms
 * need word boundaries and follow their case rule; hanzi match anywhere; a match covers whole
 * graphemes; Unicode spaces and hyphens match a plain space, curly apostrophes a straight one,
 * full-width ASCII its plain form, a run of white space one space; an English alias also
 * matches in the other number (plans, policies). The automaton
 * (@monyone/aho-corasick) walks UTF-16 code units; only text with characters that
 * can combine is segmented into graphemes to check a match's edges.
 */
import { AhoCorasick as GrowingAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { hasHan } from '../../core/chinese-text.ts';
import { aliasForm, type GlossaryEntry } from '../../core/schema.ts';
import { numberVariant } from './number-variants.ts';

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

/** A letter or digit that is not a hanzi: such characters on either side mean we are inside a word. */
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !hasHan(char);

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

/** No-break and other Unicode spaces as browsers copy them; each is one UTF-16 unit, as is its plain form. */
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Hyphens, no-break ones included: "cyber-security", "cyber security" and "Five‑Year" write one word alike. */
const HYPHENS = /[-\u2010\u2011]/gu;
/** Typographic apostrophes: National People’s Congress is National People's Congress. */
const APOSTROPHES = /[\u2018\u2019\u02BC]/gu;
/** Full-width forms of ASCII (＋, ２０２５, ＡＩ), as Chinese text writes them inside terms; NFKC gives each its one ASCII character. */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/gu;

/**
 * Folds spaces and hyphens to a space, apostrophes to ' and full-width ASCII to its plain form,
 * one code unit for one, so "14th Five-Year Plan" written with U+00A0 or as "Five Year" matches the
 * alias, and 互联网+ the entry 互联网＋, while offsets still point into the original text.
 */
export function foldVariants(text: string): string {
  return text
    .replace(UNICODE_SPACES, ' ')
    .replace(HYPHENS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(FULL_WIDTH_ASCII, (char) => char.normalize('NFKC'));
}

/** What the automaton reads: case, spaces and widths folded, offsets unchanged. */
const foldForMatching = (text: string) => foldVariants(foldCase(text));

/** What matching reads of an entry (a draft that is not yet a whole entry can be matched too). */
export type MatchedEntry = Pick<GlossaryEntry, 'id' | 'hanzi' | 'traditional' | 'aliases' | 'category'>;

export function surfaceForms(entry: MatchedEntry): SurfaceForm[] {
  const hanzi = [entry.hanzi, entry.traditional].filter((text): text is string => Boolean(text));
  return [
    ...hanzi.map((text) => ({ id: entry.id, text, exact: true, bounded: false })),
    ...entry.aliases.map((alias) => ({ id: entry.id, ...aliasForm(alias), bounded: true })),
  ];
}

/**
 * Each code point in these ranges is a grapheme of its own: controls (but CR, which joins LF),
 * Latin, general punctuation, CJK punctuation (not its combining tone marks), CJK ideographs and
 * full-width forms (not the half-width sound marks).
 */
const SINGLE_CODE_POINT_GRAPHEMES = /^[\0-\x0C\x0E-\u02FF\u2010-\u2027\u2030-\u205E\u3000-\u3029\u3030-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF9D\uFFE0-\uFFEE]*$/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where graphemes start in `text` (and its end); undefined when every code unit starts one. */
function graphemeStarts(text: string): Set<number> | undefined {
  if (SINGLE_CODE_POINT_GRAPHEMES.test(text)) return undefined;
  const starts = new Set([text.length]);
  for (const { index } of graphemes.segment(text)) starts.add(index);
  return starts;
}

/** Spacing a page shows as one space: a line break, a tab, two spaces or more. */
const IRREGULAR_SPACE = /[^\S ]| {2}/u;

/** The text with each run of white space as one space, and for each of its positions the position in `text`. */
function squeezeSpaces(text: string): { squeezed: string; origin: number[] } {
  const origin: number[] = [];
  let squeezed = '';
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) origin.push(i);
    squeezed += text.slice(from, to);
  };
  for (const run of text.matchAll(/\s+/gu)) {
    keep(run.index);
    origin.push(run.index);
    squeezed += ' ';
    from = run.index + run[0].length;
  }
  keep(text.length);
  return { squeezed, origin };
}

/**
 * Characters of forms beyond which the automaton is the library's Map-based one: its double array
 * searches twice as fast, but takes time that grows with the square of the forms to build.
 */
export const LARGE_GLOSSARY = 50_000;

export class TermMatcher {
  readonly #forms: SurfaceForm[];
  readonly #automaton: Pick<AhoCorasick, 'matchInText'> | undefined;
  /** The forms of each folded pattern, in glossary order (two forms may fold alike). */
  readonly #formsOf = new Map<string, number[]>();
  readonly #categories: Map<string, GlossaryEntry['category']>;

  constructor(entries: readonly MatchedEntry[]) {
    this.#categories = new Map(entries.map((entry) => [entry.id, entry.category]));
    const forms = entries.flatMap(surfaceForms);
    // After every written form, so that where a variant and a written form read alike the written one wins.
    const variants = forms.flatMap((form) => {
      const text = form.bounded && !form.exact ? numberVariant(form.text) : undefined;
      return text ? [{ ...form, text }] : [];
    });
    this.#forms = [...forms, ...variants];
    this.#forms.forEach((form, index) => {
      const pattern = foldForMatching(form.text);
      const list = this.#formsOf.get(pattern);
      if (list) list.push(index);
      else this.#formsOf.set(pattern, [index]);
    });
    const patterns = [...this.#formsOf.keys()];
    this.#automaton = patterns.length === 0 ? undefined : patterns.join('').length > LARGE_GLOSSARY ? new GrowingAhoCorasick(patterns) : new AhoCorasick(patterns);
  }

  /** The category of an entry, by id. */
  categoryOf(id: string): GlossaryEntry['category'] | undefined {
    return this.#categories.get(id);
  }

  find(text: string): TermMatch[] {
    if (!this.#automaton || text === '') return [];
    if (!IRREGULAR_SPACE.test(text)) return this.#findIn(text);
    // "State  Council", or a Markdown line break inside a name: any run of spaces reads as one.
    const { squeezed, origin } = squeezeSpaces(text);
    return this.#findIn(squeezed).map(({ id, start, end }) => ({ id, start: origin[start], end: origin[end - 1] + 1 }));
  }

  #findIn(text: string): TermMatch[] {
    const folded = foldForMatching(text);
    const hits = this.#automaton!.matchInText(folded);
    if (hits.length === 0) return [];
    // A form matches whole graphemes only: "e" is not found in "é" written as e and a combining accent.
    const starts = graphemeStarts(folded);
    const candidates: (TermMatch & { form: number })[] = [];
    for (const hit of hits) {
      if (starts && !(starts.has(hit.begin) && starts.has(hit.end))) continue;
      for (const index of this.#formsOf.get(hit.keyword)!) {
        const form = this.#forms[index];
        if (form.exact && foldVariants(text.slice(hit.begin, hit.end)) !== foldVariants(form.text)) continue;
        if (form.bounded && (isWordChar(text[hit.begin - 1]) || isWordChar(text[hit.end]))) continue;
        candidates.push({ id: form.id, start: hit.begin, end: hit.end, form: index });
      }
    }
    // Longest first, then leftmost, then glossary order; a candidate that overlaps an accepted match is dropped.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.form - b.form);
    const taken = new Uint8Array(text.length);
    const accepted: TermMatch[] = [];
    for (const { id, start, end } of candidates) {
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      accepted.push({ id, start, end });
    }
    return accepted.sort((a, b) => a.start - b.start);
  }
}

const matchers = new WeakMap<readonly MatchedEntry[], TermMatcher>();

/** One matcher per glossary list: the conversion and the glossary lint on one thread share it. */
export function termMatcherFor(entries: readonly MatchedEntry[]): TermMatcher {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = new TermMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}
