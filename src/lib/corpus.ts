/**
 * The site's view of the content collections, loaded once per build (a fresh load per call in dev,
 * so edits show after a reload) and shared by every page and component.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { GlossaryEntry } from '../../core/schema.ts';

export type Article = CollectionEntry<'articles'>;

interface Corpus {
  /** Newest first. */
  articles: Article[];
  /** A–Z by English headword. */
  glossary: GlossaryEntry[];
  termsById: Map<string, GlossaryEntry>;
  /** Articles that use each term. */
  articlesByTerm: Map<string, Article[]>;
}

async function load(): Promise<Corpus> {
  const articles = (await getCollection('articles')).sort((a, b) => (a.data.published < b.data.published ? 1 : a.data.published > b.data.published ? -1 : a.id.localeCompare(b.id)));
  const glossary = (await getCollection('glossary')).map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => a.term.localeCompare(b.term, 'en'));
  const articlesByTerm = new Map<string, Article[]>();
  for (const article of articles) {
    for (const id of article.data.terms) {
      // push, not a spread copy per article: copying made this loop quadratic in the number of articles.
      const list = articlesByTerm.get(id);
      if (list) list.push(article);
      else articlesByTerm.set(id, [article]);
    }
  }
  return { articles, glossary, termsById: new Map(glossary.map((entry) => [entry.id, entry])), articlesByTerm };
}

let cached: Promise<Corpus> | undefined;
export function getCorpus(): Promise<Corpus> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
