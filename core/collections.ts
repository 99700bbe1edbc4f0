/**
 * The site's two collections as the conversion writes them (`generated/articles.json` and
 * `generated/glossary.json`): data it has validated already, so the site's loaders read JSON
 * instead of parsing every front matter and glossary file again.
 */
import { byCodeUnits } from './order.ts';
import type { GeneratedArticleFrontMatter, GlossaryEntry } from './schema.ts';

/** One entry of a collection: its id and its data, which the site's schema checks again. */
export interface CollectionRecord<Data> {
  id: string;
  data: Data;
}

const byId = (a: { id: string }, b: { id: string }) => byCodeUnits(a.id, b.id);

/** Every article's front matter, by slug. */
export function articleRecords(articles: readonly { slug: string; frontMatter: GeneratedArticleFrontMatter }[]): CollectionRecord<GeneratedArticleFrontMatter>[] {
  return articles.map(({ slug, frontMatter }) => ({ id: slug, data: frontMatter })).sort(byId);
}

/** Every glossary entry, by id, without the id in its data (the schema allows no such field). */
export function glossaryRecords(entries: readonly GlossaryEntry[]): CollectionRecord<Omit<GlossaryEntry, 'id'>>[] {
  return entries.map(({ id, ...data }) => ({ id, data })).sort(byId);
}

/** A collection file's text: one line per entry, so a diff of two builds shows which entries changed. */
export function collectionJson(records: readonly CollectionRecord<unknown>[]): string {
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}
