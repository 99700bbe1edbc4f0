/**
 * Raw capture → mdast. A capture is plain text copied from a web page: one block per line
 * (blank lines optional), "  • " bullets, "  1. Title" section heads, short standalone lines as
 * headings, "[1]" footnote markers with their notes as "[1] …" lines. Web chrome is removed by
 * boilerplate rules before the structure is read.
 */
import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { removeBoilerplate, type CompiledRule } from '../read/boilerplate-rules.ts';

export interface CaptureOptions {
  /** The article's title: lines repeating it (with or without a site suffix) are page furniture. */
  title: string;
  /** Line of the body's first line in the source file, so nodes carry source positions. */
  firstLine?: number;
  rules: readonly CompiledRule[];
}

type Block = { line: number } & (
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; number?: number }
  | { type: 'bullet'; text: string }
  | { type: 'ordered'; text: string; number: number }
  | { type: 'note'; label: string; text: string }
);

const BULLET = /^\s*[•●▪◦‣·*-]\s+(\S.*)$/u;
const NUMBERED = /^\s+(\d{1,3})[.)]\s+(\S.*)$/u;
const NOTE = /^\[(\d{1,3})\]\s+(\S.*)$/u;
const FOOTNOTE_MARK = /\[(\d{1,3})\]/gu;
/** Lines that end like a sentence are prose, never headings. */
const SENTENCE_END = /[.!?;:,…"”’)\]]$/u;
const HEADING_MAX = 120;
/** A standalone line this long that repeats inside another block is a pull quote. */
const PULL_QUOTE_MIN = 40;

const looksLikeHeading = (text: string) => text.length <= HEADING_MAX && !SENTENCE_END.test(text) && /\p{L}/u.test(text);

/** Folds typographic quotes and spaces so a title line matches the front-matter title. */
const comparable = (text: string) => text.replace(/[‘’']/gu, "'").replace(/[“”"]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Whether a line repeats the title (`title` already folded by `comparable`, once per article rather than once per line). */
function isTitleEcho(line: string, title: string): boolean {
  // Most lines differ from the title in their first character: folding all of every paragraph
  // only to find that out was a twentieth of the conversion's time.
  const first = line.trimStart().codePointAt(0);
  if (first === undefined || !title.startsWith(comparable(String.fromCodePoint(first)))) return false;
  const a = comparable(line);
  return a === title || (a.startsWith(title) && /^\s*[–—|:-]\s/u.test(a.slice(title.length)));
}

function classify(line: string, lineNumber: number): Block {
  const trimmed = line.trim();
  let match = BULLET.exec(line);
  if (match) return { line: lineNumber, type: 'bullet', text: match[1].trim() };
  match = NUMBERED.exec(line);
  if (match) {
    const text = match[2].trim();
    const number = Number(match[1]);
    return looksLikeHeading(text) ? { line: lineNumber, type: 'heading', text, number } : { line: lineNumber, type: 'ordered', text, number };
  }
  match = NOTE.exec(trimmed);
  if (match) return { line: lineNumber, type: 'note', label: match[1], text: match[2].trim() };
  return { line: lineNumber, type: looksLikeHeading(trimmed) ? 'heading' : 'paragraph', text: trimmed };
}

/** Copy-paste loses list counters ("1." before every section): renumber when they all repeat. */
function renumberSections(blocks: Block[]): void {
  const numbered = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.number !== undefined);
  if (numbered.length > 1 && numbered.every((b) => b.number === numbered[0].number)) {
    numbered.forEach((block, index) => (block.number = index + 1));
  }
}

function dropPullQuotes(blocks: Block[]): Block[] {
  return blocks.filter(
    (block) =>
      !(
        (block.type === 'heading' || block.type === 'paragraph') &&
        block.text.length >= PULL_QUOTE_MIN &&
        blocks.some((other) => other !== block && other.text.length > block.text.length && other.text.includes(block.text))
      ),
  );
}

function phrasing(text: string, notes: ReadonlySet<string>): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(FOOTNOTE_MARK)) {
    if (!notes.has(match[1])) continue;
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'footnoteReference', identifier: match[1], label: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
const paragraph = (block: Block, text: string, notes: ReadonlySet<string>): Paragraph => ({ type: 'paragraph', children: phrasing(text, notes), position: at(block.line) });

export function parseCapture(body: string, options: CaptureOptions): Root {
  const firstLine = options.firstLine ?? 1;
  const lines = removeBoilerplate(body.split('\n'), options.rules);
  const title = comparable(options.title);
  let blocks = dropPullQuotes(
    lines.flatMap((line, index) => (line.trim() === '' || isTitleEcho(line, title) ? [] : [classify(line, firstLine + index)])),
  );
  // A note line counts as a footnote only when its marker occurs in the text before it.
  const notes = new Set<string>();
  blocks = blocks.map((block, index) => {
    if (block.type !== 'note') return block;
    const marker = `[${block.label}]`;
    const referenced = blocks.slice(0, index).some((b) => b.type !== 'note' && b.text.includes(marker));
    if (referenced && !notes.has(block.label)) {
      notes.add(block.label);
      return block;
    }
    return { line: block.line, type: 'paragraph', text: `[${block.label}] ${block.text}` };
  });
  renumberSections(blocks);

  const children: RootContent[] = [];
  const footnotes: FootnoteDefinition[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        children.push(paragraph(block, block.text, notes));
        break;
      case 'heading': {
        const text = block.number === undefined ? block.text : `${block.number}. ${block.text}`;
        children.push({ type: 'heading', depth: 2, children: phrasing(text, notes), position: at(block.line) } satisfies Heading);
        break;
      }
      case 'bullet':
      case 'ordered': {
        const ordered = block.type === 'ordered';
        const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(block, block.text, notes)] };
        const previous = children.at(-1);
        if (previous?.type === 'list' && previous.ordered === ordered) previous.children.push(item);
        else children.push({ type: 'list', ordered, start: ordered ? (block as { number: number }).number : undefined, spread: false, children: [item] } satisfies List);
        break;
      }
      case 'note':
        footnotes.push({ type: 'footnoteDefinition', identifier: block.label, label: block.label, children: [paragraph(block, block.text, notes)] });
        break;
    }
  }
  return { type: 'root', children: [...children, ...footnotes] };
}
