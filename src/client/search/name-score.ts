/** How well a term's names hold a query: the first key of the terms' order on the search page (run-search.ts). */
import { asOneWord } from '../../../core/search-text.ts';
import { wordsOf, type RecordText } from './match-words.ts';
import { hasHan } from '../../../core/chinese-text.ts';

/** Pinyin as written, tones kept: "Gāo zhìliàng" → gāozhìliàng. */
const tonedPinyin = (text: string) => text.normalize('NFC').toLowerCase().replace(/[\s'’\-·]/g, '');

/**
 * The score of a term's best whole name for the query: 5 its pinyin with the same tones (among
 * homophones), 4 a name equal to it, 2+ a name starting with it, 1+ containing it (the more of
 * the name the query covers, the higher).
 */
export function nameScore(record: RecordText, query: string): number {
  const wanted = asOneWord(query);
  if (!wanted) return 0;
  if (/[\u0300-\u036f]/.test(query.normalize('NFD')) && record.meta.pinyin && tonedPinyin(record.meta.pinyin) === tonedPinyin(query)) return 5;
  let best = 0;
  // Inside a name, a query of several words is that name's only where its words but the last are words of
  // the name (zhiliang of gāo zhìliàng fāzhǎn): "xi j" is not in guanjian·xinxi·jichu (typing xi jinping, the
  // terms led at `xi j`, named by critical information infrastructure, and the articles at `xi ji`).
  const words = query.trim().split(/\s+/).map(asOneWord);
  const nameWords = new Set(wordsOf(`${record.meta.name ?? ''} ${record.meta.pinyin ?? ''}`));
  const inside = words.slice(0, -1).every((word) => hasHan(word) || nameWords.has(word));
  // Folded as the query is: a name keeps symbols the query loses (互聯網＋ against 互聯網).
  for (const name of (record.meta.whole ?? '').split(' ').map(asOneWord).filter(Boolean)) {
    const coverage = wanted.length / name.length;
    if (name === wanted) return 4;
    if (name.startsWith(wanted)) best = Math.max(best, 2 + coverage);
    else if (inside && name.includes(wanted)) best = Math.max(best, 1 + coverage);
  }
  return best;
}
