/**
 * Labels around the title at the top of a page, which the article's header replaces: the kicker,
 * section or series name above the repeated title ("China", "Insights", "paper", "BRIEF / 21"), a
 * topic tag between the title and the first paragraph ("Business & Technology"), and the site's
 * own name as its logo or a PDF's masthead gives it ("KrASIA", "JOURNAL OF STRATEGIC STUDIES"), a
 * date alone on a line, and under the byline the authors' affiliations, as a paper's header gives them.
 */
import { hasHan } from '../../core/chinese-text.ts';
import { isProse, STANDARD_SECTION } from './heading-evidence.ts';

interface LabelBlock {
  type: string;
  text: string;
  evidence?: string;
}

/** A line of text, or one taken for a heading only because prose follows it (under a disclaimer that reads as prose). */
const plain = (block: LabelBlock | undefined): block is LabelBlock => block?.type === 'text' || (block?.type === 'heading' && block.evidence === 'before-prose');

/** A label: a few words, no sentence, no list, no brackets, no hanzi (a Chinese title stands above an English one). */
const isLabel = (block: LabelBlock | undefined, maxWords: number) =>
  plain(block) &&
  block.text.length <= 60 &&
  block.text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= maxWords &&
  !/[.!?;:,()[\]{}“”"]/u.test(block.text) &&
  !hasHan(block.text) &&
  !STANDARD_SECTION.test(block.text);
/** A kicker or tagline above the title: up to a tagline's length ("Peer reviewed analysis from world leading experts"). */
const ABOVE_TITLE_WORDS = 8;
/** A topic tag under the title, before the first paragraph: one to three words ("Data Security"), no figures; a longer line may be a subtitle. */
const isTag = (block: LabelBlock | undefined) => isLabel(block, 3) && /^\p{Lu}/u.test(block!.text) && !/[\d|/]/u.test(block!.text);

/** An author's affiliation or post: no sentence, and an institution or a post named ("Department of Government, Harvard University, …"). */
const AFFILIATION = /\b(?:University|Institute|Institution|Center|Centre|College|School|Department|Academy|Foundation|Programm?e?|Laborator(?:y|ies)|Professor|Fellow|Director|Researcher|Lecturer|Head of|Adviser|Advisor|Analyst)\b/u;
const isAffiliation = (block: LabelBlock | undefined) =>
  plain(block) && (/^Affiliations?\s*:?$/iu.test(block.text) || (block.text.length <= 200 && AFFILIATION.test(block.text) && !/[.!?]["”’)]*$/u.test(block.text)));
/** An author's affiliations take a line or two, and an "Affiliation:" label before them. */
const AFFILIATION_BLOCKS = 3;

/** What a source line holds besides the site's name: a label, a date and time, brackets and separators ("Source:… 2024-10-29", "2024-October-21 20:01 By: GMW.cn"). */
const SOURCE_LINE_REST = /^(?:[\s,.:;|•·()[\]/–—-]|\d+|source|by|from|via|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|am|pm|st|nd|rd|th)*$/u;
/** After the site's name, the section its logo names: one or two capitalised words ("Reed Smith In-depth", "DLA Piper Intelligence"). */
const LOGO_SECTION = /^(?: \p{Lu}[\p{L}-]*){1,2}$/u;
/** The site's name alone, with its logo's section, or as the source of the article with a date. */
const namesSite = (text: string, names: readonly string[]) => {
  const folded = fold(text);
  const spaced = text.replace(/\s+/gu, ' ').trim();
  return names.some((name) => folded === name || (folded.startsWith(`${name} `) && LOGO_SECTION.test(spaced.slice(name.length))) || (folded.includes(name) && SOURCE_LINE_REST.test(folded.replace(name, ' '))));
};

/**
 * A month and year, or a date with dashes, alone on a line ("Oct 2021", "09-19-2023"): in the header
 * a cover's or a portal's date, which the article's header gives; further down it may be a
 * chronology's subhead, and stays.
 */
const DATE_LINE = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|\d{1,2}-\d{1,2}-\d{4})$/u;

/** The title repeated among the page's first blocks starts its header. */
const TOP_BLOCKS = 12;

/** Folds case, quotes and spaces, so "JOURNAL OF STRATEGIC STUDIES" is the publisher "Journal of Strategic Studies (PDF text via readkong.com)". */
const fold = (text: string) => text.replace(/[‘’']/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();
/** The names in a publisher field: "The Straits Times (The Asian Voice)", "DigiChina, Stanford University", "… (via vLex)". */
const publisherNames = (publisher: string) =>
  publisher.split(/[(),]|\bvia\b/u).map(fold).filter((name) => name.length >= 3);

/**
 * The blocks above the first paragraph of prose that are such labels, and the rule each goes by.
 * `dropped[i]`: the rule that already drops block i (the title echoes among them), if any.
 */
export function pageLabels(blocks: readonly LabelBlock[], dropped: readonly (string | undefined)[], publisher = ''): Map<number, string> {
  const labels = new Map<number, string>();
  // The header runs from the top to the first paragraph under the title, when the title is repeated
  // near the top: a disclaimer above it reads as prose (EUISS's PDF).
  const firstTitle = dropped.indexOf('parser: title-echo');
  const from = firstTitle !== -1 && firstTitle < TOP_BLOCKS ? firstTitle : 0;
  const firstProse = blocks.findIndex((block, index) => index >= from && !dropped[index] && isProse(block));
  const end = firstProse === -1 ? blocks.length : firstProse;
  const kept = (index: number) => !dropped[index] && !labels.has(index);
  const isTitle = (index: number) => dropped[index] === 'parser: title-echo';
  // The kept blocks next to `index`, either way, past those already dropped, up to another echo of
  // the title: each stretch between two echoes is walked once, however often a page repeats its title.
  const step = (index: number, by: 1 | -1) => {
    let next = index + by;
    while (next >= 0 && next < end && !kept(next) && !isTitle(next)) next += by;
    return next;
  };
  const names = publisherNames(publisher);
  for (let index = 0; index < end; index++) {
    if (!isTitle(index)) continue;
    // The labels stacked directly above the title.
    for (let above = step(index, -1); above >= 0 && !isTitle(above) && isLabel(blocks[above], ABOVE_TITLE_WORDS); above = step(above, -1)) labels.set(above, 'parser: kicker');
    // A tag between the title (and the byline, date …) and the first paragraph.
    const below = step(index, 1);
    if (below < end && !isTitle(below) && isTag(blocks[below]) && step(below, 1) === firstProse) labels.set(below, 'parser: kicker');
  }
  for (let index = 0; index < end; index++) {
    if (dropped[index] !== 'parser: byline-echo') continue;
    for (let next = index + 1, n = 0; next < end && n < AFFILIATION_BLOCKS && kept(next) && isAffiliation(blocks[next]); next++, n++) labels.set(next, 'parser: affiliation');
  }
  for (let index = 0; index < end; index++) {
    if (kept(index) && blocks[index].type === 'text' && namesSite(blocks[index].text, names)) labels.set(index, 'parser: site-name');
    else if (kept(index) && plain(blocks[index]) && DATE_LINE.test(blocks[index].text)) labels.set(index, 'parser: date-line');
  }
  return labels;
}
