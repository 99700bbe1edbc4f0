/**
 * The glossary as data for other tools: `/glossary.json` (every field, plus where each term
 * occurs) and `/glossary.csv` for Anki (one Basic note per term: hanzi on the front; pinyin,
 * English and summary on the back). Pure functions; the endpoints in src/pages only serve them.
 */
import { stringify } from 'csv-stringify/sync';
import type { TermLink } from '../../core/relations.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { byEnglish } from './glossary-views';

interface ExportArticle {
  slug: string;
  title: string;
  url: string;
}

export interface ExportInput {
  entries: readonly GlossaryEntry[];
  /** Mentions of each term in each article (slug → count) as its page counts them (core/mentions.ts); a term no article uses is absent. */
  countsByTerm: ReadonlyMap<string, Readonly<Record<string, number>>>;
  articles: readonly ExportArticle[];
  /** The term page URL of an id. */
  termUrl: (id: string) => string;
  /** Relations per entry in both directions (core/relations.ts). */
  relations: ReadonlyMap<string, readonly TermLink[]>;
}

/**
 * One term of `/glossary.json`: the entry's fields as written (renderings and timeline among them),
 * its relations in both directions, its page and its occurrence counts.
 */
function exportTerm(entry: GlossaryEntry, input: ExportInput) {
  const byArticle = input.countsByTerm.get(entry.id) ?? {};
  const total = Object.values(byArticle).reduce((sum, count) => sum + count, 0);
  return { ...entry, relations: input.relations.get(entry.id) ?? [], url: input.termUrl(entry.id), occurrences: { total, byArticle } };
}

/** Draft entries (scaffolded from CC-CEDICT by term:new, not yet reviewed) stay out of the curated exports. */
const curated = (entries: readonly GlossaryEntry[]) => entries.filter((entry) => !entry.draft);

export function glossaryJson(input: ExportInput): string {
  const terms = curated(input.entries).sort(byEnglish).map((entry) => exportTerm(entry, input));
  return `${JSON.stringify({ articles: input.articles, terms }, null, 2)}\n`;
}

/** Anki reads these header lines (Anki 2.1.55+); notes are matched on re-import by the GUID column. */
const ankiHeader = ['#separator:comma', '#html:false', '#notetype:Basic', '#columns:Front,Back,Tags,GUID', '#tags column:3', '#guid column:4'];

/** The back of a card: pinyin, English headword, summary and the renderings in use, one line of plain text. */
function cardBack(entry: GlossaryEntry): string {
  const renderings = entry.renderings.map((r) => `${r.text} (${r.by})`).join('; ');
  return `${entry.pinyin} · ${entry.term} · ${entry.summary}${renderings ? ` · Renderings: ${renderings}` : ''}`;
}

export function glossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = curated(entries).sort(byEnglish).map((entry) => [entry.hanzi, cardBack(entry), `policy-reader policy-reader::${entry.category}`, `policy-reader:${entry.id}`]);
  return `${ankiHeader.join('\n')}\n${stringify(rows, { record_delimiter: 'unix' })}`;
}
