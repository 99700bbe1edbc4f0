/**
 * Joins the lines of a hard-wrapped paragraph (text copied from a PDF or an e-mail wraps at a
 * fixed width) back into one line, and a hanzi word split over two lines back into one word.
 * A paragraph captured one per line is left alone: its lines are long and end like sentences.
 */
import { classifyLine, type SourceLine } from './capture-lines.ts';
import { isRow } from './capture-tables.ts';
import { hasHan } from '../../core/chinese-text.ts';

/** Chinese text continues across a line end with no space: hanzi and the punctuation inside a sentence. */
const CHINESE_INNER = /[\p{Script=Han}，、：；（）《》]/u;
/** A line cut in the middle of a hanzi word is a long line of prose; short lines of hanzi are terms listed one per line. */
const HAN_CUT_MIN = 30;
/** Punctuation that ends a paragraph; a line ending otherwise may go on on the next line. */
const PARAGRAPH_END = /[.!?。！？…:：]["”’»)）\]]*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/u;
/** Words a line of prose does not end on unless it goes on. */
const DANGLING = /\b(?:a|an|the|of|and|or|to|for|in|on|at|by|with|from|as|that|which|its|their)$/iu;
/** A bracket opened at the line's end, or a reference's "see" after it: the bracket's text is on the next line ("… computer science (" / "Tang et al., 2025). …", MDPI). */
const OPEN_BRACKET_END = /[([（]\s*(?:see(?: also)?|cf\.|e\.g\.,?)?$/iu;
/** Wrapping widths of prose are 60-100 characters; lines outside these bounds are blocks of their own. */
const WRAP_WIDTH = { min: 50, max: 110 };
/** A wrapped line fills most of the width: in a run of wrapped lines, all but the last (and a few short ones) do. */
const WRAP_FILL = 0.7;

interface Run {
  /** The run's wrapping width: its longest line once a tenth of its lines are set aside (see wrapWidth). */
  width: number;
  /** Whether the run looks hard-wrapped: its width in bounds, two thirds of its lines but the last filling it. */
  wrapped: boolean;
}

/** Letters, all of them capitals. */
const shouting = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/** Whether line `b` goes on from line `a` (the line above it, not the paragraph so far). */
function joins(a: string, b: string, { width, wrapped }: Run): boolean {
  // A line that repeats the one above (a duplicated caption) is dropped as a repeat, not joined to it.
  if (isRow(a) || a === b) return false;
  if (hasHan(a.at(-1)!) && CHINESE_INNER.test(b[0]) && a.length >= HAN_CUT_MIN) return true;
  if (OPEN_BRACKET_END.test(a)) return true;
  // A line opening on "&" goes on as one in lower case does: "… like @google, @Meta" / "& @Twitter are required …".
  const lowerStart = /^(?:\p{Ll}|&\s)/u.test(b) && !/^https?:\/\//u.test(b);
  // A line in capitals under prose is a head ("INTRODUCTION"); under a line in capitals, a title wrapped.
  if (shouting(b) && !shouting(a)) return false;
  // "… dominate these data strategies:" / "innovation (using …": a wrapped line may end on a colon.
  if (PARAGRAPH_END.test(a)) return lowerStart && wrapped && a.endsWith(':') && a.length >= WRAP_FILL * width;
  if (lowerStart) return true;
  // "… Technology and" / "National Security Program": no line of its own ends on "and" or "of".
  if (DANGLING.test(a) && a.length >= 20) return true;
  // An upper-case start goes on a wrapped line only inside a run of lines that all fit one wrapping width.
  return wrapped && a.length >= WRAP_FILL * width;
}

/** What goes between two joined lines: nothing between hanzi, nothing for a hyphen that split a word (dropped). */
function separator(a: string, b: string): { dropLast: boolean; text: string } {
  if ((CHINESE_INNER.test(a.at(-1)!) && CHINESE_INNER.test(b[0])) || /[([（]$/u.test(a)) return { dropLast: false, text: '' };
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return { dropLast: true, text: '' };
  return { dropLast: false, text: ' ' };
}

/** A short line cut after "of", "and" … goes on after a blank line: a title wrapped by the page's layout. */
function titleGoesOn(a: string, line: SourceLine): boolean {
  const b = line.text.trim();
  return a.length <= 120 && b.length <= 80 && DANGLING.test(a) && !PARAGRAPH_END.test(b) && !startsBlock(line);
}

/** Lines with markers (bullets, numbers, notes) start a block of their own and are never joined to the line above. */
const startsBlock = (line: SourceLine) => classifyLine(line).type !== 'text';

/** A joined line being built: its parts are concatenated once, so a long wrapped paragraph costs linear time. */
interface Joined {
  parts: string[];
  line: number;
  joined: number[];
  /** The last physical line, trimmed: what the next line's joining is judged against. */
  last: string;
}

/**
 * `lines`: blank lines keep paragraphs apart; the joined line keeps the number of its first line.
 * `isTitle`: a line repeating the article's title is whole, so it takes no next line, across a blank ("… 10 years on")
 * or not (a dateline under it).
 */
export function joinWrappedLines(lines: readonly SourceLine[], isTitle: (text: string) => boolean = () => false): SourceLine[] {
  const runs = describeRuns(lines);
  const out: (Joined | SourceLine)[] = [];
  let current: Joined | undefined;
  let blankAfter = false;
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim();
    if (text === '') {
      if (current) blankAfter = true;
      out.push(line);
      continue;
    }
    // Checked while the line is one or two physical lines (a title set over two), so a long paragraph costs no more.
    const titleWhole = current !== undefined && current.joined.length < 2 && isTitle(current.parts.join(''));
    const acrossBlank = current !== undefined && blankAfter && out.at(-2) === current && !titleWhole && titleGoesOn(current.last, line);
    if (current && !titleWhole && (acrossBlank || (!blankAfter && !startsBlock(line) && joins(current.last, text, runs[index])))) {
      if (acrossBlank) out.pop();
      const { dropLast, text: between } = separator(current.last, text);
      if (dropLast) current.parts[current.parts.length - 1] = current.parts.at(-1)!.slice(0, -1);
      current.parts.push(between, text);
      current.joined.push(line.line);
      current.last = text;
    } else {
      current = { parts: [line.text.trimEnd()], line: line.line, joined: [], last: text };
      out.push(current);
    }
    blankAfter = false;
  }
  return out.map((item) => ('parts' in item ? { text: item.parts.join(''), line: item.line, ...(item.joined.length > 0 && { joined: item.joined }) } : item));
}
/** For each line, what the run of non-blank lines it belongs to looks like. */
function describeRuns(lines: readonly SourceLine[]): Run[] {
  const runs = new Array<Run>(lines.length);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].text.trim() !== '') continue;
    const lengths = lines.slice(start, i).map((l) => l.text.trim().length);
    const width = wrapWidth(lengths);
    const full = lengths.slice(0, -1).filter((n) => n >= WRAP_FILL * width).length;
    const wrapped = lengths.length > 1 && width >= WRAP_WIDTH.min && width <= WRAP_WIDTH.max && full >= (2 / 3) * (lengths.length - 1);
    runs.fill({ width, wrapped }, start, i);
    start = i + 1;
  }
  return runs;
}

/**
 * The longest of `lengths` once the longest tenth are set aside: a PDF's disclaimer or running head
 * in the same block as its body must not set the body's width. Counted by length, in linear time;
 * lengths past the widest wrap count as one, since such a run is not wrapped anyway.
 */
function wrapWidth(lengths: readonly number[]): number {
  const cap = WRAP_WIDTH.max + 1;
  const counts = new Array<number>(cap + 1).fill(0);
  for (const n of lengths) counts[Math.min(n, cap)]++;
  let outliers = Math.floor(lengths.length / 10);
  for (let n = cap; n > 0; n--) {
    if (counts[n] > outliers) return n;
    outliers -= counts[n];
  }
  return 0;
}
