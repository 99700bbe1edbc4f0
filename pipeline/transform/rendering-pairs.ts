/**
 * An English rendering directly followed by its hanzi in parentheses — data factor of production
 * (数据要素) — is the author saying which term the English means. The hanzi names an entry exactly,
 * the English may only contain a shorter entry's alias ("factor of production"), so the English
 * match takes the hanzi's entry and both link to one page. Each change is reported, so the lint can
 * suggest the rendering as an alias.
 */
import type { TermMatch } from './term-matcher.ts';
import { hasHan } from '../../core/chinese-text.ts';

/** Between the English and its hanzi: an optional closing quote, spaces (no-break ones too), an opening parenthesis (full-width too). */
const BETWEEN = /^[”"’'」』]?[\s\u00a0\u202f]*[(（][\s\u00a0\u202f]*$/u;
/** Longer than this, the text between cannot match BETWEEN: no need to slice and test it. */
const MAX_BETWEEN = 12;

export interface RenderingPair {
  /** Where the English match is in the text. */
  start: number;
  end: number;
  /** The entry the English alone would link to. */
  english: string;
  /** The entry of the hanzi in the parenthesis, which both now link to. */
  hanzi: string;
}

const isHanzi = (text: string, match: TermMatch) => hasHan(text.slice(match.start, match.end));

/** Whether the hanzi match is the whole run of hanzi inside the parenthesis, not the start of a longer one. */
const endsRun = (text: string, match: TermMatch) => !hasHan(text.charAt(match.end));

/**
 * Gives each English match followed by "(hanzi)" the hanzi's entry. Returns the matches (new
 * objects where changed, same order) and the pairs whose English linked elsewhere.
 */
export function pairRenderings(text: string, matches: readonly TermMatch[]): { matches: TermMatch[]; pairs: RenderingPair[] } {
  const pairs: RenderingPair[] = [];
  const result = matches.slice();
  for (let i = 1; i < result.length; i++) {
    const english = result[i - 1];
    const hanzi = result[i];
    if (english.id === hanzi.id || hanzi.start - english.end > MAX_BETWEEN) continue;
    if (!BETWEEN.test(text.slice(english.end, hanzi.start))) continue;
    if (isHanzi(text, english) || !isHanzi(text, hanzi) || !endsRun(text, hanzi)) continue;
    pairs.push({ start: english.start, end: english.end, english: english.id, hanzi: hanzi.id });
    result[i - 1] = { ...english, id: hanzi.id };
  }
  return { matches: result, pairs };
}
