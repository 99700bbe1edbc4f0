/**
 * The numbered divisions of a legal text — 第二十五条 "Article 25", 第三章 "Chapter 3" — which, read
 * by their parts, came out as 第二 "second" · 十五 "fifteen" · 条 "strip". Kept whole, a division
 * reads as what it numbers; the Chinese numeral is read by nzh.
 */
import Nzh from 'nzh';

const DIVISION_NAMES: Readonly<Record<string, string>> = { 条: 'Article', 章: 'Chapter', 节: 'Section', 款: 'Paragraph', 项: 'Item', 编: 'Part' };

/** 第 + a Chinese numeral + the division. */
const DIVISION = '第([零〇一二两三四五六七八九十百千]{1,8})([条章节款项编])';
/** A division in a longer run of hanzi, found anywhere. */
export const LEGAL_DIVISION = new RegExp(DIVISION, 'gu');
const WHOLE_DIVISION = new RegExp(`^${DIVISION}$`, 'u');

/** "Article 25" for 第二十五条; undefined for a word that is no numbered division. */
export function legalDivision(word: string): string | undefined {
  const match = WHOLE_DIVISION.exec(word);
  if (!match) return undefined;
  // nzh reads 二 and 零 only: 两百 is 二百, 一百〇二 is 一百零二.
  const number = Number(Nzh.cn.decodeS(match[1].replaceAll('两', '二').replaceAll('〇', '零')));
  return number > 0 ? `${DIVISION_NAMES[match[2]]} ${number}` : undefined;
}
