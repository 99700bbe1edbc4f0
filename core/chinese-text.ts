/**
 * Chinese inside English text. A run starts at a hanzi and carries on through hanzi and
 * full-width punctuation (互联网＋, 「…」), so the whole phrase gets one language tag.
 */

/** Language tag for simplified Chinese, as the site's other hanzi use. */
export const CHINESE = 'zh-CN';

const HAN_RUN = /\p{Script=Han}[\p{Script=Han}\u3001-\u303F\uFF01-\uFF5E]*/gu;

export interface TextPart {
  text: string;
  /** True for a run of Chinese. */
  chinese: boolean;
}

/** Splits text into alternating English and Chinese parts; joined, they give the text back. */
export function splitHanRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), chinese: false });
    parts.push({ text: match[0], chinese: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), chinese: false });
  return parts;
}
