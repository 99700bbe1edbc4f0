/**
 * Values worked out once per glossary entry and reused by every page that shows the entry: in a
 * build the same entry objects (getCorpus) serve all pages, and a term appears on many of them.
 */
import { articleTermForms } from '../../core/search-forms.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { rubySyllables } from './ruby-syllables';

/** `compute`, remembered per entry object (a dev reload brings new objects, so nothing goes stale). */
function perEntry<T>(compute: (entry: GlossaryEntry) => T): (entry: GlossaryEntry) => T {
  const known = new WeakMap<GlossaryEntry, T>();
  return (entry) => {
    if (!known.has(entry)) known.set(entry, compute(entry));
    return known.get(entry)!;
  };
}

/** The entry's pinyin, one syllable per character (ruby-syllables.ts); shared, not to be changed. */
export const entrySyllables = perEntry((entry) => rubySyllables(entry.hanzi, entry.pinyin));

/** What an article using the entry is found by (core/search-forms.ts); shared, not to be changed. */
export const articleFormsOf = perEntry(articleTermForms);
