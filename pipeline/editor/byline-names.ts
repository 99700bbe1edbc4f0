/**
 * A pasted page's byline and the names in it, for article:new's `authors:`. Once the names are in
 * the front matter, the parser drops the byline as a repeat of the header (`parser: byline-echo`).
 */

/** "By" or a label ("Authors:", a Wix blog's "Writer:"), after a pen or another pictograph a blog sets before it ("✍️ By Dr. Alan Hughes | …"). */
const BYLINE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:written\s+)?by:?|authors?:|writers?:)\s+/iu;
/** Where the names end: a bar ("By Zheng Yiran| China Daily| Updated: …"), a dash, a slash ("By LI JING / 08-10-2023 / …"), a bracket ("By Xiang Nan (China Youth Daily)") or a label ("By Ma Zhenhuan in Hangzhou Source: China Daily"). */
const NAMES_END = /\s*\||\s+[•—–/-]\s+|\s*[(（]|\s+(?:source|updated|published|posted)\s*[:：]/iu;
/** A correspondent's city after each name, as China Daily writes it: "By ZHONG NAN in Beijing and CHEN WEIHUA in Washington". */
const PLACE = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=\s*(?:[,;&]|\band\b|$))/gu;
/** Honorifics before a name, which a byline adds but a citation leaves out. */
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms)\.?\s+/i;
/** Roles after a name, as words in it ("freelance writer") … */
const ROLE = /\b(?:fellow|director|professor|editor|correspondent|reporter|analyst|researcher|staff|writer|contributor|chair|president|lecturer)\b/i;
/** … and degrees, only as the whole part: "Ph.D." after a comma is a degree, Ma in "Ma Si" a surname. */
const DEGREE = /^(?:ph\.?\s?d|m\.?a|m\.?sc|mba|ll\.?m|j\.?d)\.?$/i;
const titleCase = (name: string) => (name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : name);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The part of a byline that holds the names: after "By", before the site, the date or a label. */
const namesPart = (line: string) => line.replace(BYLINE, '').split(NAMES_END)[0];

/** The most words the names take ("By ZHANG YI in Beijing and ZHOU MO in Hong Kong" has eleven): more is a sentence ("By 2025, …"). */
const NAMES_WORDS = 12;
/** The most words in the whole line, with the site and the date after the names. */
const LINE_WORDS = 24;

/** "By Jane Doe", "Authors: …": a name follows, so not "By the numbers", and the names are a byline's few words. */
export const isByline = (line: string) => BYLINE.test(line) && !/^\p{Ll}/u.test(line.replace(BYLINE, ''));
export const isShortByline = (line: string) => isByline(line) && words(line) <= LINE_WORDS && words(namesPart(line)) <= NAMES_WORDS;

/** The names a byline gives, without what follows them (a date, "| Reuters", a city), roles or honorifics. */
export function bylineAuthors(line: string): string[] {
  return namesPart(line)
    .replace(PLACE, '')
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    // A final full stop goes ("Smith."), an initial's stays ("J. R.").
    .map((name) => titleCase(name.replace(HONORIFIC, '').replace(/\.$/, (dot) => (/\b\p{Lu}\.$/u.test(name) ? dot : '')).trim()))
    // A part with a digit is a date or a time ("March 3", "2024"), not a name.
    .filter((name) => name !== '' && !ROLE.test(name) && !DEGREE.test(name) && !/\d/.test(name));
}
