/**
 * Chinese inside English text: the one home of the project's Han-script rules. A bare run is
 * hanzi only (what the glossary must cover); a phrase also carries on through full-width
 * punctuation (互联网＋, 「…」), so the whole phrase gets one language tag.
 */

/** Language tag for simplified Chinese, as the site's other hanzi use. */
export const CHINESE = 'zh-CN';

const HAN = /\p{Script=Han}/u;
const BARE_RUN = /\p{Script=Han}+/gu;
const PHRASE = /\p{Script=Han}[\p{Script=Han}\u3001-\u303F\uFF01-\uFF5E]*/gu;
/** What a glossary's hanzi field may hold: hanzi, CJK and full-width punctuation, the middle dot. */
export const HANZI_FIELD = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e·]+$/u;

/** A character two columns wide: a hanzi, CJK punctuation, a full-width form. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The width of `text` in columns, a wide character counting two (how much of a line a mention takes). */
export const columnWidth = (text: string): number => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/** Whether `text` holds at least one hanzi. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Every run of consecutive hanzi in `text`, with its offset. */
export const bareHanRuns = (text: string) => text.matchAll(BARE_RUN);

export interface TextPart {
  text: string;
  /** True for a run of Chinese. */
  chinese: boolean;
}

/** Splits text into alternating English and Chinese parts; joined, they give the text back. */
export function splitHanRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(PHRASE)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), chinese: false });
    parts.push({ text: match[0], chinese: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), chinese: false });
  return parts;
}
