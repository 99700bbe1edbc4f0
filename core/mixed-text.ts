/**
 * Plain text that quotes Chinese as hanzi or as pinyin with tone marks (the title
 * "xīn zhì shēngchǎnlì: 新质生产力 - New Quality Productive Forces"), cut into parts with the
 * language of each, so a screen reader reads every part in its own language.
 */
import { CHINESE, splitHanRuns } from './chinese-text.ts';
import { isPinyin } from './pinyin-syllables.ts';
import { toneless } from './search-text.ts';

export const PINYIN = 'zh-Latn-pinyin';

export interface MixedPart {
  text: string;
  /** Set on hanzi (zh-CN) and pinyin (zh-Latn-pinyin); the rest is in the page's language. */
  lang?: string;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const TONE_MARK = new RegExp(`[${TONED}]`, 'u');
const HAN_OR_TONE_MARK = new RegExp(`[\\p{Script=Han}${TONED}]`, 'u');

/** Whether `text` may quote Chinese: it holds hanzi or a letter with a pinyin tone mark (one scan: most text does neither). */
export const mayQuoteChinese = (text: string) => HAN_OR_TONE_MARK.test(text);

const WORD = /[\p{L}’']+/gu;

const spelledInPinyin = (word: string) => isPinyin(toneless(word).replace(/['’]/gu, ''));

/**
 * Runs of pinyin in Latin text: words that spell pinyin syllables, apart only by spaces, from a
 * word with a tone mark to a word with a tone mark (English words such as "he" or "long" spell
 * syllables too, so an unmarked word is pinyin only between marked ones).
 */
function pinyinRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  // Most text quotes no pinyin: its words need not be spelled out.
  if (!TONE_MARK.test(text)) return runs;
  let run: { start: number; end: number } | undefined;
  let previousEnd = 0;
  for (const { 0: written, index } of text.matchAll(WORD)) {
    // A name in the possessive ("Xí Jìnpíng’s"): the pinyin is the word without its 's, which ends the run.
    const possessive = /['’]s$/u.test(written) && spelledInPinyin(written.slice(0, -2));
    const word = possessive ? written.slice(0, -2) : written;
    const joined = run !== undefined && /^\s+$/u.test(text.slice(previousEnd, index));
    previousEnd = index + written.length;
    if (!spelledInPinyin(word) || (run && !joined)) {
      if (run) runs.push(run);
      run = undefined;
      if (!spelledInPinyin(word)) continue;
    }
    if (TONE_MARK.test(word)) {
      if (run) run.end = index + word.length;
      else run = { start: index, end: index + word.length };
    }
    if (possessive && run) {
      runs.push(run);
      run = undefined;
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** The parts of `text` in order; joined, they give the text back. */
export function splitMixedText(text: string): MixedPart[] {
  if (!mayQuoteChinese(text)) return text === '' ? [] : [{ text }];
  return splitHanRuns(text).flatMap((part): MixedPart[] => {
    if (part.chinese) return [{ text: part.text, lang: CHINESE }];
    const parts: MixedPart[] = [];
    let from = 0;
    for (const { start, end } of pinyinRuns(part.text)) {
      if (start > from) parts.push({ text: part.text.slice(from, start) });
      parts.push({ text: part.text.slice(start, end), lang: PINYIN });
      from = end;
    }
    if (from < part.text.length) parts.push({ text: part.text.slice(from) });
    return parts;
  });
}
