/**
 * A query of hanzi and other words ("Xi 习近平") finds only the pages that hold both, which can be
 * far fewer than either finds alone (reader QA: 2 results against 12+ for "Xi Jinping"). The search
 * page offers each part as a search of its own.
 */
import { splitHanRuns } from '../../../core/chinese-text.ts';

/** The query's words outside its Chinese, and its Chinese, when it has both; else undefined. */
export function scriptParts(query: string): { other: string; chinese: string } | undefined {
  const parts = splitHanRuns(query);
  const chinese = parts.filter((part) => part.chinese).map((part) => part.text).join(' ');
  const other = parts.filter((part) => !part.chinese).map((part) => part.text).join(' ').replace(/\s+/gu, ' ').trim();
  return chinese && /[\p{L}\p{N}]/u.test(other) ? { other, chinese } : undefined;
}
