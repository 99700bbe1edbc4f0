/**
 * The results Pagefind is asked for, in the order they are checked (run-search.ts loads and checks
 * them in batches, so those likeliest to hold the query come first):
 * - a query of pinyin words: first the pages with its words joined (xinzhishengchanli), which the
 *   pages holding it together carry as one form while its syllables apart start none of them;
 * - a word joined by punctuation ("cybersecurity-law"): Pagefind searches it as one word
 *   (cybersecuritylaw, held only where the page writes it so), and its words apart (bothFirst);
 * - a quoted phrase: only the results of Pagefind's own quoted search (the phrase's stems in a row),
 *   in Pagefind's order for the words: its quoted search ranks every page alike;
 * - after the query's own results, those of its last word cut to each stem it may be being typed
 *   past (typed-prefix.ts: "beiji" also as beij, Beijing's stem), longest first, each alone (not
 *   the words extending it: "regulati" asks for regul, not regulatory).
 */
import { pinyinPhrase } from './match-words.ts';
import { exactForms, wordsApart, type Phrase } from './query-parts.ts';
import { shorterQueries } from './typed-prefix.ts';

type Search<R> = (term: string | null) => Promise<{ results: R[] } | null>;

/** The lists joined, each result once, where it first comes. */
function joined<R extends { id: string }>(lists: R[][]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/** `list`, unless it finds the very pages `other` finds (typed-prefix.ts StemQuery). */
function unlessSame<R extends { id: string }>(list: R[], other: R[]): R[] {
  const ids = new Set(other.map((result) => result.id));
  return list.length === other.length && list.every((result) => ids.has(result.id)) ? [] : list;
}

/**
 * A joined word's results (its pages writing it so, or, where none does, Pagefind's retry of ever
 * shorter prefixes: "data/AI" searched dataai finds every "data") and its words' apart: those in
 * both first, in the joined word's order, then the others.
 */
function bothFirst<R extends { id: string }>(typed: R[], apart: R[]): R[] {
  const ids = new Set(apart.map((result) => result.id));
  return joined([typed.filter((result) => ids.has(result.id)), apart, typed]);
}

export async function resultsFor<R extends { id: string }>(search: Search<R>, query: string, queryWords: string[], phrases: readonly Phrase[]): Promise<R[]> {
  const found = async (term: string | null) => (await search(term))?.results ?? [];
  const apart = wordsApart(query);
  const typed = apart ? bothFirst(await found(query), await found(apart)) : await found(query || null);
  const first = pinyinPhrase(queryWords) ? await found(queryWords.join('')) : [];
  const stems = joined(await Promise.all(shorterQueries(query).map(async ({ stem, shorter }) => unlessSame(await found(stem), await found(shorter)))));
  const forms = phrases.map(exactForms).filter((each) => each.length > 0);
  if (forms.length === 0) return joined([first, typed, stems]);
  const exact = await Promise.all(forms.map(async (each) => joined(await Promise.all(each.map(found)))));
  // Pages that Pagefind finds every quoted phrase in, in its ranking for the words. Only these can
  // hold the phrases in their text or fields (its quoted search, of stems, is the looser test),
  // and those whose pinyin runs the words together (first): the others' data is not downloaded.
  const inAll = exact.map((list) => new Set(list.map((result) => result.id)));
  const held = (result: R) => inAll.every((ids) => ids.has(result.id));
  return joined([first.filter(held), typed.filter(held), stems.filter(held), exact[0].filter(held), first]);
}
