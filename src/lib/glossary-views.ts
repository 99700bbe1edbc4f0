/**
 * The orders and groupings of the glossary index pages (A–Z by English, by pinyin, by category)
 * and the rows of the exports. Pure functions over entries, no Astro.
 */
import { columnWidth } from '../../core/chinese-text.ts';
import { CONTEXT, squash, termPassages } from '../../core/mentions.ts';
import { byCodeUnits } from '../../core/order.ts';
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
  const tones = byCodeUnits(toneSequence(a.pinyin), toneSequence(b.pinyin));
  return letters || tones || byEnglish(a, b);
}

// One collator for every comparison: localeCompare with options builds a new one per call.
const english = new Intl.Collator('en', { sensitivity: 'base' });
/** By English headword, case and accents aside, then by id. */
export const byEnglish = (a: Pick<GlossaryEntry, 'term' | 'id'>, b: Pick<GlossaryEntry, 'term' | 'id'>) => english.compare(a.term, b.term) || (a.id < b.id ? -1 : 1);

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

/** A keyword-in-context line: the term's mention centred, a few words of its sentence either side. */
export interface ConcordanceLine {
  /** The paragraph anchor the line links to. */
  anchor: string;
  /** The words before the mention, cut at a word boundary with "…" when longer than CONTEXT. */
  before: string;
  /** The mention: a surface form, or forms close together (a name, its hanzi, its abbreviation) with what stands between them. */
  keyword: { text: string; marked: boolean }[];
  after: string;
  /** The mention is too wide to centre with words either side: the page quotes the line as running text. */
  long: boolean;
  /** The mentions the line quotes: its marked forms, less those in brackets glossing the form before them. */
  mentions: number;
}

/**
 * Widest mention centred between its context, in columns (a CJK character counts two): about half the
 * text column, so that a few words stay visible either side and the mention need not wrap. A wrapped
 * mention set its context beside its first line, so "…, released in July" read before its last words.
 */
const CENTRED_COLUMNS = 40;

const CLOSERS: Record<string, string> = { '(': ')', '（': '）' };

function contextBefore(whole: string): string {
  const text = squash(whole);
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(-CONTEXT);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < CONTEXT / 2 ? cut.slice(space + 1) : cut}`;
}

function contextAfter(whole: string): string {
  const text = squash(whole);
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(0, CONTEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > CONTEXT / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * An article's occurrences (in document order) as keyword-in-context lines: one line per passage,
 * where forms of one sentence close enough to show in each other's context (a name, its bracketed
 * hanzi, its abbreviation) share a line and overlapping forms are marked once; a line may quote
 * several mentions.
 */
export function concordanceLines(occurrences: Occurrence[]): ConcordanceLine[] {
  return termPassages(occurrences).map(({ anchor, sentence, forms, mentions }) => {
    const keyword: ConcordanceLine['keyword'] = [];
    forms.forEach(([start, end], index) => {
      if (index > 0) keyword.push({ text: squash(sentence.slice(forms[index - 1][1], start)), marked: false });
      keyword.push({ text: sentence.slice(start, end), marked: true });
    });
    let end = forms.at(-1)![1];
    // A bracket the mention opens ("name (hanzi") closes inside it too.
    const closer = CLOSERS[keyword.filter((part) => !part.marked).map((part) => part.text).join('').trim().at(-1) ?? ''];
    if (closer && sentence[end] === closer) keyword.push({ text: sentence[end++], marked: false });
    const long = columnWidth(keyword.map((part) => part.text).join('')) > CENTRED_COLUMNS;
    return { anchor, before: contextBefore(sentence.slice(0, forms[0][0])), keyword, after: contextAfter(sentence.slice(end)), long, mentions };
  });
}

/** One article's share of a term page's concordance: its first lines, and how many more it has. */
export interface ConcordanceGroup<A> {
  article: A;
  lines: ConcordanceLine[];
  /** Lines (passages) in the article beyond those shown. */
  more: number;
  /** The paragraph anchor of the first line not shown, when there is one. */
  next?: string;
  /** Every mention of the term in the article, on its lines shown or not. */
  mentions: number;
  /** Every line of the article, shown or not: a sentence's forms close together share one. */
  passages: number;
}

/**
 * A term page's concordance: the lines of the first `maxArticles` articles (in the order given),
 * at most `maxLines` each, so that neither a large corpus nor one long article makes the page
 * unbounded. A passage is a line (a sentence's forms close together), a mention a form the article
 * uses, a bracketed gloss with the form it glosses: "Data (数据) is a factor; data again." is two
 * mentions in one passage. `mentions` holds each article's count, `total` and `lines` the sums.
 */
export function termConcordance<A extends { id: string }>(articles: readonly A[], occurrences: readonly Occurrence[], { maxArticles, maxLines }: { maxArticles: number; maxLines: number }): { groups: ConcordanceGroup<A>[]; mentions: Map<string, number>; total: number; lines: number } {
  const byArticle = Map.groupBy(occurrences, (o) => o.article);
  const groups: ConcordanceGroup<A>[] = [];
  const mentions = new Map<string, number>();
  let total = 0;
  let passages = 0;
  articles.forEach((article, index) => {
    const lines = concordanceLines(byArticle.get(article.id) ?? []);
    const count = lines.reduce((sum, line) => sum + line.mentions, 0);
    mentions.set(article.id, count);
    total += count;
    passages += lines.length;
    const rest = lines.slice(maxLines);
    if (index < maxArticles) groups.push({ article, lines: lines.slice(0, maxLines), more: rest.length, next: rest[0]?.anchor, mentions: count, passages: lines.length });
  });
  return { groups, mentions, total, lines: passages };
}
