/**
 * The orders and groupings of the glossary index pages (A–Z by English, by pinyin, by category)
 * and the rows of the exports. Pure functions over entries, no Astro.
 */
import type { GlossaryEntry, Occurrence, TermCategory } from '../../core/schema.ts';
import { tonelessPinyin } from '../../core/search-text.ts';

export interface Group<T> {
  /** Heading text: a letter or a category label. */
  label: string;
  /** Fragment id of the heading, for the jump list. */
  anchor: string;
  items: T[];
}

const toneMarks: Record<string, string> = { '\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4' };
/** The tones in order of the syllables that carry a mark: "Guówùyuàn" → "244". */
export const toneSequence = (pinyin: string) => [...pinyin.normalize('NFD')].flatMap((c) => toneMarks[c] ?? []).join('');

/** Letters first (toneless), then tones in their numbered order (ā á ǎ à), then English. */
export function byPinyin(a: GlossaryEntry, b: GlossaryEntry): number {
  const letters = tonelessPinyin(a.pinyin).localeCompare(tonelessPinyin(b.pinyin), 'en');
  const tones = toneSequence(a.pinyin) < toneSequence(b.pinyin) ? -1 : toneSequence(a.pinyin) > toneSequence(b.pinyin) ? 1 : 0;
  return letters || tones || byEnglish(a, b);
}

export const byEnglish = (a: GlossaryEntry, b: GlossaryEntry) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);

/** Groups already sorted entries by the first letter of `key`; digits go under "0–9". */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const first = key(item).normalize('NFD').charAt(0).toUpperCase();
    const label = /[A-Z]/.test(first) ? first : '0–9';
    const last = groups.at(-1);
    if (last?.label === label) last.items.push(item);
    else groups.push({ label, anchor: label === '0–9' ? 'digits' : label.toLowerCase(), items: [item] });
  }
  return groups;
}

export const categoryLabels: Record<TermCategory, string> = {
  plan: 'Plans and programmes',
  initiative: 'Initiatives',
  slogan: 'Slogans and formulas',
  concept: 'Concepts',
  institution: 'Institutions',
  law: 'Laws and standards',
  platform: 'Platforms',
  phrase: 'Phrases',
};

/** Groups entries by category in the schema's order, A–Z by English within each. */
export function groupByCategory(entries: readonly GlossaryEntry[]): Group<GlossaryEntry>[] {
  return (Object.keys(categoryLabels) as TermCategory[])
    .map((category) => ({ label: categoryLabels[category], anchor: category, items: entries.filter((e) => e.category === category).sort(byEnglish) }))
    .filter((group) => group.items.length > 0);
}

/** A concordance line: one sentence, cut into runs of text with the term's surface forms marked. */
export interface ConcordanceLine {
  /** The paragraph anchor the line links to. */
  anchor: string;
  parts: { text: string; marked: boolean }[];
}

/**
 * An article's occurrences (in document order) as the lines of a term page: occurrences in the
 * same sentence of the same paragraph, such as an English name followed by its hanzi, make one line
 * with each form marked, rather than the same sentence quoted twice.
 */
export function concordanceLines(occurrences: Occurrence[]): ConcordanceLine[] {
  const sentences: { anchor: string; sentence: string; spans: [number, number][] }[] = [];
  for (const { anchor, sentence, start, end } of occurrences) {
    const last = sentences.at(-1);
    if (last?.anchor === anchor && last.sentence === sentence) last.spans.push([start, end]);
    else sentences.push({ anchor, sentence, spans: [[start, end]] });
  }
  return sentences.map(({ anchor, sentence, spans }) => {
    const parts: ConcordanceLine['parts'] = [];
    let at = 0;
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
      if (start < at) continue; // overlaps a form already marked
      if (start > at) parts.push({ text: sentence.slice(at, start), marked: false });
      parts.push({ text: sentence.slice(start, end), marked: true });
      at = end;
    }
    if (at < sentence.length) parts.push({ text: sentence.slice(at), marked: false });
    return { anchor, parts };
  });
}
