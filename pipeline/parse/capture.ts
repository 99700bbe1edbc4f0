/**
 * Raw capture → mdast. A capture is plain text copied from a web page: paragraphs one per line
 * or hard-wrapped, bullets and numbered items (nested), table rows, section heads, footnote
 * markers with their notes, bare URLs. Boilerplate rules remove web chrome first; every line
 * removed is attributed to its rule in the optional parse report.
 */
import type { FootnoteDefinition, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ParseReport } from '../../core/schema.ts';
import { removeBoilerplate, type RuleLists } from '../read/boilerplate-rules.ts';
import { classifyLine, type LineBlock } from './capture-lines.ts';
import { buildLists, type ItemBlock } from './capture-lists.ts';
import { buildTable, type Cell } from './capture-tables.ts';
import { bindFootnotes, bracketMarkersWithoutNotes, type FootnoteBinding, type Marker } from './footnotes.ts';
import { joinWrappedLines } from './hard-wrap.ts';
import { findHeadings } from './heading-evidence.ts';
import { phrasing } from './inline-text.ts';
import { dropAltText, dropPictureCredits } from './picture-credits.ts';
import { pageLabels } from './page-labels.ts';
import { contentsList } from './contents-list.ts';
import { relatedLinks } from './related-links.ts';
import { authorCards } from './author-cards.ts';
import { restoreBullets } from './lost-bullets.ts';
import { joinSpeakerLabels, speakerLead } from './speaker-labels.ts';
import { dropOrphanLabels } from './orphan-labels.ts';
import { reportDateStamp, stripDateStamp } from './date-stamp.ts';
import { stripTooltips } from './tooltips.ts';
import { dropEmptySections, type HeadingSource } from './empty-sections.ts';
import { recordDrop, recordSourceLine } from './parse-report.ts';
import { comparable, isBylineEcho } from './byline-echo.ts';

export interface CaptureOptions {
  /** The article's title: lines repeating it (with or without a site suffix) are page furniture. */
  title: string;
  /** The article's authors: a byline naming them repeats the article's header. */
  authors?: readonly string[];
  /** The publisher named in the front matter: the site's name alone on a line at the top is its logo or masthead. */
  publisher?: string;
  /** Line of the body's first line in the source file, so nodes carry source positions. */
  firstLine?: number;
  /** The boilerplate rules: the default list, then the article's own. */
  rules: RuleLists;
  /** Collects what the parser found and removed (see ParseReport). */
  report?: ParseReport;
}

/** A block as the tree is built from it: a line block, or a heading decided on evidence. */
type RowBlock = Extract<LineBlock, { type: 'row' }>;
/** `speaker`: a transcript's speaker label joined to this answer (speaker-labels.ts). */
type Block = (LineBlock | (Omit<LineBlock, 'type'> & { type: 'heading'; depth: number; evidence: string; number?: number })) & { speaker?: string };

/** A standalone line this long that repeats inside another block is a pull quote. */
const PULL_QUOTE_MIN = 40;
/** A pull quote is set beside the paragraph it quotes: looking further made long articles quadratic. */
const PULL_QUOTE_REACH = 8;
/** A pull quote without a full stop is at least this long. */
const PULL_QUOTE_UNPUNCTUATED = 100;
/** What the quoted paragraph holds beyond the pull quote, at least: one word more ("Mr. Du Wei, …") is a list's second copy. */
const PULL_QUOTE_CONTEXT = 20;

const SITE_SEPARATOR = /^\s*[–—|:-]\s/u;
/** A breadcrumb before a repeated title: at most this many characters, in the page's first few blocks. */
const BREADCRUMB = { chars: 40, blocks: 8 };

/**
 * Whether a line repeats the title (`title` already folded by `comparable`), alone or with a site
 * name before or after it; `atTop`: whether it is among the first blocks, where a breadcrumb is.
 */
function isTitleEcho(line: string, title: string, atTop: boolean): boolean {
  // Only a line near the title's length can repeat it: folding every paragraph is costly.
  const a = line.length > title.length * 2 + 40 ? '' : comparable(line);
  if (a === title) return true;
  // A site name after a separator, or glued to a hyphen as Xinhua's page titles have it ("… period-Xinhua").
  if (a.startsWith(title)) return SITE_SEPARATOR.test(a.slice(title.length)) || (/^-[\p{L}.]{2,30}$/u.test(a.slice(title.length)) && /-\p{Lu}[\p{L}.]{1,29}$/u.test(line.trim()));
  if (!a.endsWith(title) || a.length === title.length) return false;
  // A site name and separator, or a breadcrumb ("Home Issue Artificial Intelligence …"): a few words, no sentence.
  const before = a.slice(0, -title.length);
  return /\s[–—|:-]\s*$/u.test(before) || (atTop && before.length <= BREADCRUMB.chars && /\s$/u.test(before) && !/[.!?,;]/u.test(before));
}

/** Letters and digits only: a title broken over lines loses its colon or dash ("The Incursion of Antitrust into China’s" / "Platform Economy"). */
const wordsOnly = (text: string) => comparable(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A title broken over this many lines at most, as a PDF's title block breaks it. */
const SPLIT_TITLE_LINES = 4;

/** The blocks that together repeat the title over two to four lines of text, one after another. */
function splitTitle(blocks: readonly Block[], title: string): Set<number> {
  const wanted = wordsOnly(title);
  const found = new Set<number>();
  blocks.forEach((block, start) => {
    const first = block.raw.length > title.length ? '' : wordsOnly(block.raw);
    if (first === '' || !wanted.startsWith(first)) return;
    for (let end = start + 1; end < Math.min(blocks.length, start + SPLIT_TITLE_LINES); end++) {
      if (blocks.slice(start, end + 1).some((b) => b.type !== 'text' && b.type !== 'heading')) return;
      const joined = wordsOnly(blocks.slice(start, end + 1).map((b) => b.raw).join(' '));
      // A cover's "by" is glued to the title's last line when the names stand on the next ("Creating a state-led market" / "by").
      if (joined === wanted || joined === `${wanted} by`) for (let i = start; i <= end; i++) found.add(i);
      if (!wanted.startsWith(joined)) return;
    }
  });
  return found;
}

/** Copy-paste loses list counters ("1." before every section): renumber when they all repeat. */
function renumberSections(blocks: Block[]): void {
  const numbered = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.number !== undefined);
  if (numbered.length > 1 && numbered.every((b) => b.number === numbered[0].number)) {
    numbered.forEach((block, index) => (block.number = index + 1));
  }
}

/** A pull quote is a sentence: a title the text mentions (a law, a plan) stands alone as a heading. */
const isPullQuote = (block: Block, index: number, blocks: readonly Block[]) =>
  (block.type === 'heading' || block.type === 'text') &&
  block.text.length >= PULL_QUOTE_MIN &&
  (block.text.length >= PULL_QUOTE_UNPUNCTUATED || /[.!?]["”’)]?$/u.test(block.text)) &&
  blocks
    .slice(Math.max(0, index - PULL_QUOTE_REACH), index + PULL_QUOTE_REACH + 1)
    .some((other) => other !== block && other.text.length >= block.text.length + PULL_QUOTE_CONTEXT && other.text.includes(block.text));

/** Reads the lines into blocks: boilerplate removed, wrapped lines joined, headings decided. */
function readBlocks(raw: readonly string[], options: CaptureOptions): Block[] {
  const firstLine = options.firstLine ?? 1;
  const report = options.report;
  const ruled = dropAltText(raw, removeBoilerplate(raw, options.rules, report, firstLine), options.rules, report, firstLine);
  const unruled = dropOrphanLabels(raw, ruled, report, firstLine);
  const unframed = stripTooltips(dropPictureCredits(unruled, report, firstLine), report);
  const kept = unframed.map((text, index) => ({ text, line: firstLine + index }));
  const title = comparable(options.title);
  const lineBlocks = restoreBullets(joinWrappedLines(kept, (text) => isTitleEcho(text, title, false)).filter((l) => l.text.trim() !== '').map(classifyLine));
  const headings = findHeadings(lineBlocks);
  const blocks: Block[] = lineBlocks.map((block, index) => {
    const heading = headings.get(index);
    if (!heading) return block;
    return { line: block.line, joined: block.joined, raw: block.raw, text: block.text, type: 'heading', ...heading, number: block.type === 'ordered' ? block.number : undefined };
  });
  const authors = (options.authors ?? []).map(comparable);
  const split = splitTitle(blocks, title);
  const echoes = blocks.map((block, index) =>
    isTitleEcho(block.raw, title, index < BREADCRUMB.blocks) || split.has(index)
      ? 'parser: title-echo'
      : isBylineEcho(block.raw, authors)
        ? 'parser: byline-echo'
        : isPullQuote(block, index, blocks)
          ? 'parser: pull-quote'
          : block.raw === blocks[index - 1]?.raw
            ? 'parser: repeated-line'
            : undefined,
  );
  const labels = pageLabels(blocks, echoes, options.publisher);
  // The blocks each pass drops, under its rule's name in the report.
  const passes: [rule: string, drops: Set<number>][] = [
    ['parser: contents', contentsList(blocks)],
    // A link's thumbnail is titled with the article's title, glued to the linked headline (asked only under a label).
    ['parser: related', relatedLinks(blocks, (raw) => raw.length > title.length && comparable(raw).startsWith(title))],
    ['parser: author-card', authorCards(blocks, authors, comparable)],
  ];
  return joinSpeakerLabels(blocks.filter((block, index) => {
    const rule = echoes[index] ?? labels.get(index) ?? passes.find(([, drops]) => drops.has(index))?.[0];
    if (rule) recordDrop(report, rule, block.line, block.raw, block.joined);
    return !rule;
  }));
}

/** The footnote markers inside one cell, placed in the cell's text (one character back for each `\|` before them). */
function cellMarkers(markers: readonly Marker[] | undefined, cell: Cell): Marker[] {
  const inCell = (markers ?? []).filter((m) => m.start >= cell.start && m.end <= cell.start + cell.length);
  return inCell.map((m) => {
    const shift = cell.start + cell.escapes.filter((at) => at < m.start - cell.start).length;
    return { ...m, start: m.start - shift, end: m.end - shift };
  });
}

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

/** Puts what the footnote binding found into the report: the "Notes" line it replaced, markers with no note. */
function reportFootnotes(report: ParseReport | undefined, blocks: readonly Block[], binding: FootnoteBinding): void {
  if (!report) return;
  const heading = binding.notesHeading === undefined ? undefined : blocks[binding.notesHeading];
  if (heading) recordDrop(report, 'parser: notes-heading', heading.line, heading.raw, heading.joined);
  const raised = [...binding.markers].flatMap(([index, list]) => list.filter((m) => m.noteMissing).map((m) => ({ line: blocks[index].line, marker: blocks[index].text.slice(m.start, m.end) })));
  report.markersWithoutNotes.push(...bracketMarkersWithoutNotes(blocks, binding), ...raised);
}

export function parseCapture(body: string, options: CaptureOptions): Root {
  const source = body.split('\n');
  for (const line of source) recordSourceLine(options.report, line);
  const { lines, stamp } = stripDateStamp(source);
  const blocks = readBlocks(lines, options);
  const binding = bindFootnotes(blocks);
  const { notes, markers, notesHeading } = binding;
  reportFootnotes(options.report, blocks, binding);
  renumberSections(blocks);
  const paragraph = (text: string, line: number, marks?: readonly Marker[], speaker?: string): Paragraph => ({
    type: 'paragraph',
    children: [...(speaker === undefined ? [] : speakerLead(speaker)), ...phrasing(text, marks)],
    position: at(line),
  });

  const children: RootContent[] = [];
  const headingSources = new Map<RootContent, HeadingSource>();
  const footnotes: FootnoteDefinition[] = [];
  let items: { block: ItemBlock; index: number }[] = [];
  const flushList = () => {
    const indexOf = new Map(items.map(({ block, index }) => [block, index]));
    children.push(...buildLists(items.map((i) => i.block), (block) => paragraph(block.text, block.line, markers.get(indexOf.get(block)!))));
    items = [];
  };
  let rows: (RowBlock & { index: number })[] = [];
  const flushTable = () => {
    const table = buildTable(rows, ({ index }, cell) => phrasing(cell.text, cellMarkers(markers.get(index), cell)));
    if (table) children.push({ ...table, position: at(rows[0].line) });
    else for (const row of rows) children.push(paragraph(row.text, row.line, markers.get(row.index)));
    rows = [];
  };
  for (const [index, block] of blocks.entries()) {
    if (index === notesHeading) continue;
    const note = notes.get(index);
    if ((block.type !== 'bullet' && block.type !== 'ordered') || note) flushList();
    if (block.type !== 'row') flushTable();
    if (note) {
      footnotes.push({ type: 'footnoteDefinition', identifier: note.label, label: note.label, children: [paragraph(note.text, block.line)] });
      continue;
    }
    switch (block.type) {
      case 'bullet':
      case 'ordered':
        items.push({ block, index });
        break;
      case 'row':
        rows.push({ ...block, index });
        break;
      case 'heading': {
        const text = block.number === undefined ? block.text : `${block.number}. ${block.text}`;
        const shift = text.length - block.text.length;
        const shifted = (markers.get(index) ?? []).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
        const heading: Heading = { type: 'heading', depth: block.depth as Heading['depth'], children: phrasing(text, shifted), position: at(block.line) };
        children.push(heading);
        headingSources.set(heading, { evidence: block.evidence, raw: block.raw, line: block.line, joined: block.joined });
        options.report?.headings.push({ line: block.line, depth: block.depth, text, evidence: block.evidence });
        break;
      }
      case 'note':
        // A note line whose marker is nowhere in the text is text as it was written.
        children.push(paragraph(block.raw, block.line));
        break;
      default:
        children.push(paragraph(block.text, block.line, markers.get(index), block.speaker));
    }
  }
  flushList();
  flushTable();
  const tree: Root = { type: 'root', children: [...dropEmptySections(children, headingSources, options.report), ...footnotes] };
  reportDateStamp(options.report, stamp, options.firstLine ?? 1);
  return tree;
}
