/**
 * The results list while a word is typed letter by letter (`beij` → `beiji` → `beijing`): each
 * letter is a new Pagefind search, whose scores and extra matches ("Beijing’s" for `beiji`) put the
 * same pages in another order, so the list jumped under the reader's eyes. A page shown for the
 * query before keeps its place among the pages shown with it when nothing the reader sees of its
 * match has changed: the query differs only in the word being typed, and its excerpt marks the same
 * words ("Beijing" for `beij` and `beijing`). A page whose marks change (`in` marked "industry", not
 * `inf`) is ranked afresh, and run-search.ts's own keys (a name, a whole word) still move any page.
 */
import { describeMatch, type ExcerptPart, type MatchRecord } from './excerpt.ts';
import { wordsOf } from './match-words.ts';

/** What the page showed for the query before: the query and its results in the order shown, with the words their excerpts marked. */
export interface ShownBefore {
  query: string;
  hits: readonly { id: string; marked: readonly string[] }[];
}

/** The words an excerpt marks, folded: "[Xi Jinping]", "[Xi] [Jinping]" and "[Xi] [Jinping's]" mark the same. */
export const markedWords = (excerpt: readonly ExcerptPart[]): string[] =>
  [...new Set(excerpt.filter((part) => part.marked).flatMap((part) => wordsOf(part.text.replace(/['’]s$/u, ''))))].sort();

/** What the page keeps of a response to show the next one steadily. */
export function shownBefore(query: string, hits: readonly { id: string; excerpt: readonly ExcerptPart[] }[]): ShownBefore {
  return { query, hits: hits.map((hit) => ({ id: hit.id, marked: markedWords(hit.excerpt) })) };
}

/** True when the two queries differ only in their last word, one the start of the other (a word being typed or deleted). */
export function typedOn(before: string, now: string): boolean {
  const wordsBefore = wordsOf(before);
  const wordsNow = wordsOf(now);
  if (wordsBefore.length === 0 || wordsBefore.length !== wordsNow.length) return false;
  if (wordsBefore.slice(0, -1).some((word, index) => word !== wordsNow[index])) return false;
  const [last, current] = [wordsBefore.at(-1)!, wordsNow.at(-1)!];
  return last.startsWith(current) || current.startsWith(last);
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, index) => word === b[index]);

/**
 * Pagefind's results with those shown before whose excerpt marks the same words first, in the
 * order they were shown; the others after them, in Pagefind's order. Their data is loaded already
 * (Pagefind keeps each page's data), so this costs no download.
 */
export async function steadyFirst<R extends { id: string; data: () => Promise<MatchRecord> }>(results: R[], shown: ShownBefore | undefined, query: string): Promise<R[]> {
  if (!shown || !typedOn(shown.query, query)) return results;
  const queryWords = wordsOf(query);
  const byId = new Map(results.map((result) => [result.id, result]));
  const kept: R[] = [];
  for (const hit of shown.hits) {
    const result = byId.get(hit.id);
    if (result && sameWords(markedWords(describeMatch(await result.data(), queryWords).excerpt), hit.marked)) kept.push(result);
  }
  const keptIds = new Set(kept.map((result) => result.id));
  return [...kept, ...results.filter((result) => !keptIds.has(result.id))];
}
