/**
 * One-edit spelling correction for query words, against the site's vocabulary (the words of term
 * names, aliases and article titles, and the terms' toneless pinyin: /search-words.json). Used only
 * when a query finds nothing, so the list is downloaded only then.
 */
import { toneless } from '../../../core/search-text.ts';

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const restA = a.slice(start);
  const restB = b.slice(start);
  if (restA.slice(1) === restB.slice(1)) return true; // substitution
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // deletion, insertion
  return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // swap
}

/** The vocabulary word one edit from `word` (the first in the list's order), or undefined; `completions`: also one that only runs on from it. */
export function correctWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>, completions = true): string | undefined {
  if (word.length < 4 || known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  return vocabulary.find((candidate) => oneEditApart(word, candidate) && (completions || !candidate.startsWith(word)));
}

/**
 * The query as typed with each unknown word corrected, its quotation marks and other words kept (a
 * phrase stays a phrase: reader QA, `"data secuirty law"` was searched as words), or undefined
 * when nothing changed. Without `completions`, a word is not corrected to one it starts ("xinxin" is
 * xinxi, not xinxing): the search reads a word being typed so already (typed-prefix.ts).
 */
export function correctQuery(query: string, vocabulary: readonly string[], completions = true): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const fixed = correctWord(toneless(word), vocabulary, known, completions);
    changed ||= fixed !== undefined;
    return fixed ?? word;
  });
  return changed ? corrected : undefined;
}
