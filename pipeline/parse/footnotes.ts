/**
 * Binds footnote markers to their notes. Three marker styles: "[1]" (a note line "[1] …"
 * anywhere), superscript "¹" (a note line "¹ …"), and a plain digit after a word or punctuation
 * ("…Better Use,1") whose notes are numbered lines at the end of the capture ("1 …", "1. …",
 * after a "Notes" line or not). A note counts only when its marker occurs in the text before it;
 * otherwise it stays the text it was.
 */
import { SUPERSCRIPT_DIGITS, type LineBlock, type SourceLine } from './capture-lines.ts';

/** The blocks markers are looked for in: line blocks, and headings decided from them. */
export type ScannedBlock = LineBlock | (SourceLine & { type: 'heading'; raw: string });

/** A marker to turn into a footnote reference: `text.slice(start, end)` of a block. */
export interface Marker {
  start: number;
  end: number;
  label: string;
  /** A plain-digit marker whose note the capture does not hold: shown raised, as on the page. */
  noteMissing?: boolean;
}

export interface FootnoteBinding {
  /** Indexes of blocks that are notes, with their label and text. */
  notes: Map<number, { label: string; text: string }>;
  /** Markers per block index. */
  markers: Map<number, Marker[]>;
  /** Index of a "Notes" line that only introduced the notes (the footnote section replaces it). */
  notesHeading?: number;
}

/** Lines that introduce a capture's endnotes. */
const NOTES_HEADING = /^(?:Notes|NOTES|Endnotes|ENDNOTES|Footnotes|FOOTNOTES|References|Sources|Citations)$/u;
/** A plain-numbered note line: "1 Text", "1. Text". */
const NUMBERED_NOTE = /^(\d{1,3})\.?\s+(\S.*)$/u;

const toSuperscript = (label: string) => [...label].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

/** Adds many markers to blocks at once, in one sort per block: one at a time re-sorts the block's list for each (quadratic in a paragraph of markers). */
function addMarkers(markers: Map<number, Marker[]>, found: readonly { block: number; marker: Marker }[]): void {
  const byBlock = new Map<number, Marker[]>();
  for (const { block, marker } of found) {
    const list = byBlock.get(block);
    if (list) list.push(marker);
    else byBlock.set(block, [marker]);
  }
  for (const [index, added] of byBlock) {
    // Markers already there come first at one start, and a marker overlapping the one kept before it goes.
    const all = [...(markers.get(index) ?? []), ...added].sort((a, b) => a.start - b.start);
    const kept: Marker[] = [];
    for (const marker of all) if (kept.length === 0 || kept.at(-1)!.end <= marker.start) kept.push(marker);
    markers.set(index, kept);
  }
}

function addMarker(markers: Map<number, Marker[]>, index: number, marker: Marker): void {
  const list = markers.get(index) ?? [];
  if (!list.some((m) => m.start < marker.end && marker.start < m.end)) list.push(marker);
  markers.set(index, list.sort((a, b) => a.start - b.start));
}

/** "[n]" and superscript notes: every occurrence of their marker in earlier blocks is a reference. */
function bindMarkedNotes(blocks: readonly ScannedBlock[], binding: FootnoteBinding): void {
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'note' || binding.notes.has(index)) continue;
    const marker = block.raw.startsWith('[') ? `[${block.label}]` : toSuperscript(block.label);
    if ([...binding.notes.values()].some((n) => n.label === block.label)) continue;
    let found = false;
    for (let i = 0; i < index; i++) {
      if (blocks[i].type === 'note') continue;
      for (let at = blocks[i].text.indexOf(marker); at !== -1; at = blocks[i].text.indexOf(marker, at + marker.length)) {
        addMarker(binding.markers, i, { start: at, end: at + marker.length, label: block.label });
        found = true;
      }
    }
    if (found) binding.notes.set(index, { label: block.label, text: block.text });
  }
}

/** The numbered lines that end a capture, after a "Notes" line if there is one, with the index of that line. */
function trailingNotes(blocks: readonly ScannedBlock[]): { heading?: number; notes: { index: number; label: string; text: string }[] } {
  const notes: { index: number; label: string; text: string }[] = [];
  let index = blocks.length - 1;
  for (; index >= 0; index--) {
    const match = NUMBERED_NOTE.exec(blocks[index].raw);
    if (!match || (blocks[index].type !== 'text' && blocks[index].type !== 'ordered')) break;
    notes.unshift({ index, label: match[1], text: match[2] });
  }
  // Numbered 1, 2, 3 … with no gaps: anything else is not a list of notes.
  const sequential = notes.every((note, i) => Number(note.label) === Number(notes[0].label) + i);
  if (!sequential) return { notes: [] };
  return { heading: index >= 0 && NOTES_HEADING.test(blocks[index].text) ? index : undefined, notes };
}

/** A plain-digit marker for `label`: after a lower-case letter, hanzi or punctuation, not part of a number. */
function plainMarker(label: string): RegExp {
  return new RegExp(`(?<=[\\p{Ll}\\p{Script=Han}.,;:!?"”’)\\]])${label}(?![\\d%])(?=[\\s.,;:!?)\\]—–-]|$)`, 'gu');
}

/** Where marker `label` first occurs in `text` from `from` on; a digit after "2019." must be followed by a new sentence. */
function findPlainMarker(text: string, label: string, from: number): number {
  const pattern = plainMarker(label);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const afterNumber = text[match.index - 1] === '.' && /\d/u.test(text[match.index - 2] ?? '');
    if (!afterNumber || /^\s+\p{Lu}/u.test(text.slice(match.index + label.length))) return match.index;
  }
  return -1;
}

/** Plain-digit markers, found in order (marker 2 after marker 1 …), for the trailing notes. */
function bindPlainNotes(blocks: readonly ScannedBlock[], binding: FootnoteBinding): void {
  const { heading, notes } = trailingNotes(blocks);
  if (notes.length === 0) return;
  const bodyEnd = heading ?? notes[0].index;
  const found: { note: (typeof notes)[number]; block: number; at: number }[] = [];
  let block = 0;
  let from = 0;
  for (const note of notes) {
    let at = -1;
    for (let i = block; i < bodyEnd && at === -1; i++) {
      at = blocks[i].type === 'note' ? -1 : findPlainMarker(blocks[i].text, note.label, i === block ? from : 0);
      if (at !== -1) [block, from] = [i, at + note.label.length];
    }
    if (at !== -1) found.push({ note, block, at });
  }
  // Without a "Notes" line, numbered lines at the end are notes only if every one has its marker.
  if (heading === undefined && found.length < notes.length) return;
  for (const { note, block: i, at } of found) {
    addMarker(binding.markers, i, { start: at, end: at + note.label.length, label: note.label });
    binding.notes.set(note.index, { label: note.label, text: note.text });
  }
  if (found.length > 0 && heading !== undefined) binding.notesHeading = heading;
}

/**
 * Plain-digit markers 1, 2, 3 … in order when the capture holds no notes (the page's notes were
 * not copied): marked so they are not read as part of a number ("2030.2" is 2030 and note 2).
 */
function markNotelessMarkers(blocks: readonly ScannedBlock[], binding: FootnoteBinding): void {
  // Note 1 may mark the byline or the author's affiliation, a line the parser dropped ("By Chenying
  // Zhang1"): the text's markers then start at 2, and two of them in order (2, 3) must be there.
  const run = noteless(blocks, 1);
  const found = run.length > 0 ? run : noteless(blocks, 2);
  const plain = found[0]?.marker.label === '2' && found.length < 2 ? [] : found;
  addMarkers(binding.markers, [...plain, ...notelessBrackets(blocks)]);
}

/** A "[n]" glued to the word or punctuation before it ("…(命运共同体).[1] Just weeks"), not "see [2]" or "[in 2012]". */
const GLUED_BRACKET = /(?<=[\p{L}\p{N}.,;:!?"”’)\]])\[(\d{1,3})\]/gu;

/**
 * "[n]" markers when the capture holds no notes, once "[1]" is one of them: raised as the page showed
 * them (Wikipedia, China Leadership Monitor), brackets kept; markers reused out of order included.
 */
function notelessBrackets(blocks: readonly ScannedBlock[]): { block: number; marker: Marker }[] {
  const found = blocks.flatMap((block, index) =>
    block.type === 'note' ? [] : [...block.text.matchAll(GLUED_BRACKET)].map((m) => ({ block: index, marker: { start: m.index, end: m.index + m[0].length, label: m[0], noteMissing: true } })),
  );
  return found.some((f) => f.marker.label === '[1]') ? found : [];
}

/** The plain-digit markers `first`, `first` + 1 … found in order, each after the one before. */
function noteless(blocks: readonly ScannedBlock[], first: number): { block: number; marker: Marker }[] {
  const found: { block: number; marker: Marker }[] = [];
  let [block, from] = [0, 0];
  for (let label = first; ; label++) {
    let at = -1;
    for (let i = block; i < blocks.length && at === -1; i++) {
      at = blocks[i].type === 'note' ? -1 : findPlainMarker(blocks[i].text, String(label), i === block ? from : 0);
      if (at !== -1) [block, from] = [i, at + String(label).length];
    }
    if (at === -1) return found;
    found.push({ block, marker: { start: at, end: from, label: String(label), noteMissing: true } });
  }
}

export function bindFootnotes(blocks: readonly ScannedBlock[]): FootnoteBinding {
  const binding: FootnoteBinding = { notes: new Map(), markers: new Map() };
  bindMarkedNotes(blocks, binding);
  bindPlainNotes(blocks, binding);
  if (binding.notes.size === 0) markNotelessMarkers(blocks, binding);
  return binding;
}

/** "[n]" markers with no note "[n] …" in the capture, and not raised as a run 1, 2, 3 …: reported, left as the text they are. */
export function bracketMarkersWithoutNotes(blocks: readonly ScannedBlock[], binding: FootnoteBinding): { line: number; marker: string }[] {
  const bound = new Set([...binding.notes.values()].map((n) => n.label));
  const starts = new Map([...binding.markers].map(([index, list]) => [index, new Set(list.map((m) => m.start))]));
  const raised = (index: number, at: number) => starts.get(index)?.has(at) ?? false;
  return blocks.flatMap((block, index) =>
    block.type === 'note' ? [] : [...block.text.matchAll(/\[(\d{1,3})\]/gu)].filter((m) => !bound.has(m[1]) && !raised(index, m.index)).map((m) => ({ line: block.line, marker: m[0] })),
  );
}
