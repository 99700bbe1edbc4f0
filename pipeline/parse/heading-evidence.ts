/**
 * Which lines of a capture are headings, on evidence: a section number (Part, Chapter, Roman
 * numeral, Article, "1.", "2.1") or a short line that opens a paragraph of prose, and in either case
 * nothing that says otherwise (sentence punctuation, a URL, a field label, code, capitals only …).
 * The rules are data; the report names the evidence each heading was taken on.
 */
import type { LineBlock } from './capture-lines.ts';
import { hasHan } from '../../core/chinese-text.ts';

interface Rule {
  id: string;
  pattern: RegExp;
}

/** Shapes that rule a heading out, numbered or not. */
const NEVER_HEADING: readonly Rule[] = [
  { id: 'sentence-end', pattern: /[.!?;:,…。！？；：，]["”’»)）\]]*$/u },
  { id: 'too-long', pattern: /^.{121,}$/su },
  { id: 'no-letter', pattern: /^[^\p{L}]*$/u },
  { id: 'url', pattern: /https?:\/\/|\bwww\.\w|\S@\S+\.\w/u },
  { id: 'code', pattern: /^(?:import|export)\s.*\sfrom\s|^(?:const|let|var|function|class)\s+[\w$]|[{};]$|=>/u },
  { id: 'two-sentences', pattern: /\p{Ll}[.!?]\s+\p{Lu}/u },
  // "By John Dotson", "by Lorand Laskai", "… By Willy Lam", "Editing by …"; not "By the Numbers".
  { id: 'byline', pattern: /^[Bb]y\s+\p{Lu}\p{L}*\.?\s+\p{Lu}|\sBy \p{Lu}\p{L}*\.?\s+\p{Lu}|\b(?:Reporting|Editing|Writing) by\s/u },
];

/** The sections a paper or report is made of, whatever their case: a heading in capitals, or before the article's first prose. */
const STANDARD_SECTION_NAMES = 'abstract|introduction|summary|executive summary|background|overview|key (?:points|takeaways|findings)|methods?|results|discussion|conclusions?|preface|foreword';
export const STANDARD_SECTION = new RegExp(`^(?:${STANDARD_SECTION_NAMES})$`, 'iu');

/** Shapes that rule out an unnumbered heading: page furniture and metadata lines. */
const NOT_PLAIN_HEADING: readonly Rule[] = [
  // Kickers and labels ("KNOWLEDGE BASE", "CONTINUE READING"); a paper's standard sections are the exception.
  { id: 'capitals-only', pattern: new RegExp(`^(?!(?:${STANDARD_SECTION_NAMES.toUpperCase()})$)[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$`, 'u') },
  { id: 'lower-case-start', pattern: /^\p{Ll}/u },
  { id: 'bracketed', pattern: /^[([{]/u },
  // A note's mark glued to its text: "*Faculty of Law, The Chinese University of Hong Kong" (a paper's affiliation note).
  { id: 'note-mark', pattern: /^[*†‡§]\S/u },
  { id: 'field-label', pattern: /^[\p{L}'’]+(?: [\p{L}'’]+)?:|:\s*\d|:.*:/u },
  { id: 'navigation', pattern: /[|>»›]/u },
  { id: 'dangling-word', pattern: /\s(?:a|an|the|of|and|or|to|for|in|on|at|by|with|from)$/u },
];

/** A line that stops on a word no line of its own ends on. */
const CUT_ON_WORD = /\s(?:a|an|the|of|and|or|to|for|in|on|at|by|with|from)$/iu;

/** Section numbers: `rank` 0 is the top level (parts, chapters), deeper ranks nest under it. */
const SECTION_HEADS: readonly (Rule & { rank: number })[] = [
  { id: 'part-or-chapter', rank: 0, pattern: /^(?:Part|PART|Chapter|CHAPTER)\s+(?:[IVXLC]{1,6}|\d{1,3}|[Ⅰ-Ⅻ]{1,3}|[一二三四五六七八九十]{1,3})(?=$|[\s.:：–—-])/u },
  { id: 'roman-numeral', rank: 0, pattern: /^(?:[IVXLC]{1,6}|[Ⅰ-Ⅻ]{1,3})[.．、]\s*\S/u },
  // The second level of a Chinese document's numbering (一、 (一) 1. (1)) as translated: "(I) “Data security” Becomes …", "（二）…".
  { id: 'parenthesized-roman', rank: 0.5, pattern: /^[(（](?:[IVX]{1,5}|[一二三四五六七八九十]{1,3})[)）]\s*\S/u },
  { id: 'article-or-section', rank: 1, pattern: /^(?:Article|Section|ARTICLE|SECTION)\s+\d{1,3}(?=$|[\s.:：–—-])/u },
  { id: 'numbered-title', rank: 1, pattern: /^\d{1,2}\.\s+\S/u },
  { id: 'decimal-number', rank: 2, pattern: /^\d{1,2}\.\d{1,2}\.?\s+\S/u },
];

/** A number with a sentence after it, not a title: a thread's "1. it confirms my warning …", "2.1 million users …". */
const NUMBER_THEN_LOWER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Ll}/u;

/** Sub-section heads of official documents end with a full stop: "(1) Guiding ideology."; a law firm's are in title case: "(1) Coping With the Global Digital Sovereignty Wave". */
const PARENTHESIZED_HEAD = { id: 'parenthesized-number', rank: 3, pattern: /^\(\d{1,2}\)\s+[^.!?;:,]{1,60}\.$/u };
const PARENTHESIZED_TITLE = /^\(\d{1,2}\)\s+([^.!?;:,]{1,90})$/u;

/** Most words of four letters or more capitalised: a title, not a sentence. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/** A short question, one sentence, in the words questions open with. */
const QUESTION_HEAD = /^(?:What|How|Why|When|Where|Who|Which|Is|Are|Does|Do|Can|Will|Should|Has|Have)\s[^.!?;:]{5,85}\?$/u;

/** A numbered FAQ's question: "Q1. Who must file …?" (Linklaters), "Q1: What was the content of …?" (CSIS); its answer, often "A1: …", under it. */
const NUMBERED_QUESTION = /^Q\s?\d{1,2}\s?[.:：)]\s+(?!.*[.!?;]\s+\p{Lu})\p{Lu}.{4,140}(?:\?|[\p{L}\d])$/u;

/** Characters a paragraph of prose has at least: a sentence in hanzi says as much in a third of them. */
const PROSE_MIN = { latin: 60, han: 20 };

/** A paragraph of prose: what a heading stands above. A long one counts even when cut off mid-sentence. */
export const isProse = (block: { type: string; text: string } | undefined) =>
  block?.type === 'text' &&
  block.text.length >= (hasHan(block.text) ? PROSE_MIN.han : PROSE_MIN.latin) &&
  (block.text.length >= 200 || /[.!?。！？…:]["”’»)）\]]*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/u.test(block.text));
const isItem = (block: LineBlock | undefined) => block?.type === 'ordered' || block?.type === 'bullet';

const firstMatch = (rules: readonly Rule[], text: string) => rules.find((rule) => rule.pattern.test(text))?.id;

export interface HeadingDecision {
  depth: number;
  /** The rule the heading was taken on, for the parse report. */
  evidence: string;
}

/** The evidence, if any, that block `index` is a heading, and its rank among section numbers. */
function evidenceFor(blocks: readonly LineBlock[], index: number, firstProse: number): { evidence: string; rank?: number } | undefined {
  const block = blocks[index];
  if (block.type !== 'text' && block.type !== 'ordered') return undefined;
  if (block.type === 'text' && PARENTHESIZED_HEAD.pattern.test(block.text)) return { evidence: PARENTHESIZED_HEAD.id, rank: PARENTHESIZED_HEAD.rank };
  const next = blocks[index + 1];
  // An explainer's question heads the answer under it: "What is the new law about?" (IFLR, CRS).
  if (block.type === 'text' && QUESTION_HEAD.test(block.text) && !firstMatch(NOT_PLAIN_HEADING, block.text) && index > firstProse && isProse(next)) return { evidence: 'question-before-prose' };
  // Its number says it heads the answer, wherever it stands, over prose or a list.
  if (block.type === 'text' && NUMBERED_QUESTION.test(block.text) && (isProse(next) || isItem(next))) return { evidence: 'numbered-question' };
  if (firstMatch(NEVER_HEADING, block.text)) return undefined;
  if (block.type === 'ordered') {
    // A numbered line with no item next to it heads a section; with items or bullets around it, it is an item of a list.
    return !isItem(next) && blocks[index - 1]?.type !== 'ordered' ? { evidence: 'numbered-section', rank: 1 } : undefined;
  }
  const section = SECTION_HEADS.find((rule) => rule.pattern.test(block.text));
  if (section) return NUMBER_THEN_LOWER.test(block.text) ? undefined : { evidence: section.id, rank: section.rank };
  const titled = PARENTHESIZED_TITLE.exec(block.text)?.[1];
  if (titled !== undefined && isTitleCase(titled)) return { evidence: PARENTHESIZED_HEAD.id, rank: PARENTHESIZED_HEAD.rank };
  if (firstMatch(NOT_PLAIN_HEADING, block.text)) return undefined;
  // Under a line cut on "the", "of", "With" … it is that line's end: "Published by The Lawfare Institute in Cooperation With" / "Brookings".
  const above = blocks[index - 1];
  if (above?.type === 'text' && CUT_ON_WORD.test(above.text)) return undefined;
  // Above the first paragraph of prose stand the page's kickers, labels and promos ("Insights",
  // "Business & Technology", "Learn more"); only a paper's standard section heads start an article.
  if (isProse(next)) return index >= firstProse || STANDARD_SECTION.test(block.text) ? { evidence: 'before-prose' } : undefined;
  // "Summary" or "Key takeaways" above the bullets that make it (ABA's Antitrust Source).
  if (isItem(next) && STANDARD_SECTION.test(block.text)) return { evidence: 'section-above-list' };
  // A document's title above its first chapter: "Interim Procedures of …" then "Chapter I …".
  const nextIsSection = next?.type === 'text' && SECTION_HEADS.some((rule) => rule.pattern.test(next.text));
  return nextIsSection && isTitleCase(block.text) ? { evidence: 'title-before-section' } : undefined;
}

/** A roundup's item is a head over one or two paragraphs; its first head needs this many such items after it, and words. */
const ROUNDUP = { items: 2, paragraphs: 2, words: 4 };

/**
 * Whether the line above the first prose heads the first item of a roundup (english.gov.cn's weekly
 * policies): the heads below it, taken before prose, each head one or two paragraphs, as it does. A
 * dek there stands over a longer run of prose before the first subhead, and stays.
 */
function headsFirstItem(blocks: readonly LineBlock[], found: readonly ({ evidence: string } | undefined)[], firstProse: number): boolean {
  const candidate = firstProse - 1;
  if (candidate < 0 || found[candidate] || blocks[candidate].text.split(/\s+/u).length < ROUNDUP.words) return false;
  if (evidenceFor(blocks, candidate, candidate)?.evidence !== 'before-prose') return false;
  let start = firstProse;
  for (let item = 0; item <= ROUNDUP.items; item++) {
    let end = start;
    while (end < blocks.length && end - start < ROUNDUP.paragraphs && isProse(blocks[end]) && !found[end]) end++;
    // Each item's paragraphs end on the next item's head (the last may end the excerpt).
    if (end === start || (item < ROUNDUP.items && found[end]?.evidence !== 'before-prose')) return false;
    start = end + 1;
  }
  return true;
}

/**
 * Decides every heading of a capture. Depths follow the section numbers present: the highest rank
 * found is level 2, the next level 3 …; an unnumbered heading sits one level below the last
 * numbered one (level 2 where there is none).
 */
export function findHeadings(blocks: readonly LineBlock[]): Map<number, HeadingDecision> {
  const firstProse = blocks.findIndex(isProse);
  const found = blocks.map((_, index) => evidenceFor(blocks, index, firstProse));
  if (headsFirstItem(blocks, found, firstProse)) found[firstProse - 1] = { evidence: 'roundup-item' };
  const ranks = [...new Set(found.flatMap((f) => (f?.rank === undefined ? [] : [f.rank])))].sort((a, b) => a - b);
  const decisions = new Map<number, HeadingDecision>();
  let lastNumbered = 1;
  found.forEach((f, index) => {
    if (!f) return;
    const depth = f.rank === undefined ? Math.min(lastNumbered + 1, 6) : 2 + ranks.indexOf(f.rank);
    if (f.rank !== undefined) lastNumbered = depth;
    decisions.set(index, { depth, evidence: f.evidence });
  });
  return decisions;
}
