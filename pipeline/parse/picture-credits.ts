/**
 * A picture's credit on a line of its own ("Getty Images", "zhongguo via Getty Images", "Photo:
 * Wikimedia Commons", "Source: Getty"): the picture is not captured, so its credit goes, and with
 * it the caption or alt text written on the line directly above ("Close up of worker inspecting
 * chip in a clean room"), which would otherwise join the credit or read as a heading. A caption
 * that is a sentence, or one with a blank line before the credit, stays. Above a caption that a
 * `caption: true` rule removed ("… July 8, 2023. Mark Schiefelbein/Pool via REUTERS/File Photo"),
 * the alt text goes when the two make a block of their own, even as a sentence ("A United States
 * flag stands next to a Chinese flag.", Brookings): a paragraph of prose has a blank line under it.
 */
import { recordDrop } from './parse-report.ts';
import type { ParseReport } from '../../core/schema.ts';
import { matchingRule, type RuleLists } from '../read/boilerplate-rules.ts';
import { classifyLine } from './capture-lines.ts';

/** Picture libraries and agencies that credit only pictures. */
const PICTURE_SOURCE = String.raw`(?:Getty(?: Images)?|AP Images|AP Photo|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?|Unsplash|Pexels|Imaginechina|Wikimedia Commons|Flickr|VCG|Visual China Group)`;

const CREDIT: readonly RegExp[] = [
  // "Photo: Wikimedia Commons", "Photo by Weng Qiyu/People's Daily", "Image credit: …", "Credit: Press Association via AP Images"
  /^(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture|Photo credit|Image credit|Credit|CREDIT)s?\s*(?::\s*|\s+by\s+)\p{Lu}[^.!?]{0,80}$/u,
  // "Source: Getty"
  new RegExp(String.raw`^Source\s*:\s*${PICTURE_SOURCE}\b[^.!?]{0,40}$`, 'u'),
  // "Getty Images", "zhongguo via Getty Images", "AFP via Getty Images", "Getty Images/iStockphoto"
  new RegExp(String.raw`^(?:[^.!?]{1,60}\s(?:via|for)\s)?${PICTURE_SOURCE}(?:\s*/\s*[^.!?]{1,40})?$`, 'u'),
  // China Daily's credits: "[Photo/VCG]", "[Photo by Liang Zhen/zjol.com.cn]", and in capitals in brackets, "(JIN DING/CHINA DAILY)"
  /^\[(?:Photos?|Pictures?|Images?)(?:\s*\/\s*[^[\]]{1,60}|\s+(?:by|from|provided (?:to|by)|courtesy of)\s+[^[\]]{1,60})\]$/u,
  /^\(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3}\s?\/\s?(?:FOR )?\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}\)$/u,
];

/** Alt text or a caption without a sentence's end, directly above a credit: at most this long. */
const CAPTION_MAX = 150;

export const isPictureCredit = (line: string) => CREDIT.some((pattern) => pattern.test(line.trim()));

/** A line that can be a picture's caption: short, not a sentence, not a list item or a table row. */
const isCaption = (line: string) => {
  const text = line.trim();
  return text !== '' && text.length <= CAPTION_MAX && !/[.!?。！？]["”’)）]*$/u.test(text) && !/^(?:[•●▪◦‣·*|-]|\d{1,3}[.)])\s/u.test(text) && !isPictureCredit(text);
};

/** Alt text above a caption: one sentence at most, short, not a list item, a table row or a link. */
const isAltText = (line: string) => {
  const text = line.trim();
  return text !== '' && text.length <= CAPTION_MAX && !/[.!?。！？]["”’)）]*\s+\S/u.test(text) && !/^(?:[•●▪◦‣·*|-]|\d{1,3}[.)])\s/u.test(text) && !/https?:\/\//u.test(text);
};

/**
 * Blanks the alt text above each caption a `caption: true` rule removed (`kept[i]` blank where
 * `raw[i]` is not), when alt text and caption stand alone between blank lines (or under a list item).
 */
export function dropAltText(raw: readonly string[], kept: readonly string[], rules: RuleLists, report: ParseReport | undefined, firstLine: number): string[] {
  const out = [...kept];
  const blank = (index: number) => index < 0 || index >= raw.length || raw[index].trim() === '';
  // What starts the alt text's block: a blank line, or a list item above it (Brookings' summary bullets).
  const opens = (index: number) => blank(index) || classifyLine({ text: raw[index], line: index }).type !== 'text';
  raw.forEach((line, index) => {
    if (out[index] !== '' || blank(index) || blank(index - 1) || !opens(index - 2) || !blank(index + 1) || !isAltText(out[index - 1])) return;
    if (!matchingRule(rules, line.trim())?.caption) return;
    recordDrop(report, 'parser: picture-caption', firstLine + index - 1, out[index - 1]);
    out[index - 1] = '';
  });
  return out;
}

/** Alt text as a picture library writes it, in lower case ("lock and key on keyboard", Protocol): no prose starts so and stands alone. */
const isLowerCaseAltText = (line: string) => /^\p{Ll}/u.test(line.trim()) && !/^by\s/u.test(line.trim()) && line.trim().split(/\s+/u).length <= 12 && isCaption(line) && !/https?:\/\//u.test(line);

/** The two nearest non-blank lines above `index`, each standing alone between blank lines (Protocol: alt text, caption, credit). */
function blocksAbove(lines: readonly string[], index: number): number[] {
  const found: number[] = [];
  for (let i = index - 1; i >= 0 && found.length < 2; i--) {
    if (lines[i].trim() === '') continue;
    if (lines[i + 1]?.trim() !== '' || (i > 0 && lines[i - 1].trim() !== '')) break;
    found.push(i);
  }
  return found;
}

/**
 * Blanks each credit line of `lines` (the body after the boilerplate rules, blank where they
 * removed a line) and the caption directly above it, recording both in the report; and alt text
 * in lower case standing alone in the one or two blocks above the credit.
 */
export function dropPictureCredits(lines: readonly string[], report: ParseReport | undefined, firstLine: number): string[] {
  const kept = [...lines];
  kept.forEach((line, index) => {
    if (!isPictureCredit(line)) return;
    // Protocol's layout has a blank line under each block; a caption directly above the credit is another layout.
    const stack = index > 0 && kept[index - 1].trim() === '' ? blocksAbove(kept, index) : [];
    if (index > 0 && isCaption(kept[index - 1])) {
      recordDrop(report, 'parser: picture-caption', firstLine + index - 1, kept[index - 1]);
      kept[index - 1] = '';
    }
    for (const above of stack) {
      if (!isLowerCaseAltText(kept[above])) continue;
      recordDrop(report, 'parser: picture-caption', firstLine + above, kept[above]);
      kept[above] = '';
    }
    recordDrop(report, 'parser: picture-credit', firstLine + index, line);
    kept[index] = '';
  });
  return kept;
}
