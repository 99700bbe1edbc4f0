/**
 * The concordance: every annotated occurrence of every term, with the sentence it stands in, where
 * the surface form sits in that sentence, and the anchor of its paragraph, so a term page can quote
 * it and link to the exact place.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { ParagraphAnchor } from './paragraph-anchors.ts';
import type { Occurrence } from '../../core/schema.ts';

interface Span {
  term: string;
  occurrence: number;
  start: number;
  end: number;
}

const attribute = (node: MdxJsxTextElement, name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** The paragraph's text as a reader sees it, and where each Term sits in it. */
function readParagraph(children: readonly PhrasingContent[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      text += node.value;
    } else if (node.type === 'break') {
      text += ' ';
    } else if (node.type === 'mdxJsxTextElement' && node.name === 'sup') {
      // A note marker the parser raised ("[1]", "2"): not part of the sentence a term page quotes.
    } else if (node.type === 'mdxJsxTextElement' && node.name === 'Term') {
      const start = text.length;
      for (const child of node.children) walk(child as Nodes);
      spans.push({ term: String(attribute(node, 'id')), occurrence: Number(attribute(node, 'occurrence') ?? 1), start, end: text.length });
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  for (const child of children) walk(child);
  return { text, spans };
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last sentence starting at or before `offset`, by binary search: a 2 MB paragraph has tens of thousands of both. */
function sentenceAt(segments: readonly Intl.SegmentData[], offset: number): Intl.SegmentData | undefined {
  let low = 0;
  let high = segments.length - 1;
  let found: Intl.SegmentData | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle].index <= offset) {
      found = segments[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Longest quoted sentence: a paragraph with no sentence end would be quoted whole for every term in it (a 2 MB paragraph, tens of thousands of times). */
export const MAX_SENTENCE = 600;
const CONTEXT = (MAX_SENTENCE - 2) / 2;

/** Where to cut a sentence past MAX_SENTENCE so that the part kept holds [start, end): [from, to). */
function cutAround(sentence: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(start - CONTEXT, sentence.length - 2 * CONTEXT));
  let to = Math.max(end, Math.min(sentence.length, from + 2 * CONTEXT));
  // Cut between words where there is a space to cut at.
  const afterSpace = sentence.indexOf(' ', from) + 1;
  if (from > 0 && afterSpace > 0 && afterSpace <= start) from = afterSpace;
  const space = sentence.lastIndexOf(' ', to);
  if (to < sentence.length && space >= end) to = space;
  return [from, to];
}

/** The part [from, to) of the sentence with … where it was cut, and the term's place in it. */
function quote(sentence: string, [from, to]: [number, number], start: number, end: number): { sentence: string; start: number; end: number } {
  const before = from > 0 ? '…' : '';
  return { sentence: `${before}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`, start: start - from + before.length, end: end - from + before.length };
}

/** Characters a cut keeps after a later form of the term for it to share the cut: the term page's few words of context. */
const SHARED_CUT_REACH = 40;

/** The occurrences of terms in one article's anchored paragraphs, in document order. */
export function collectOccurrences(article: string, anchors: readonly ParagraphAnchor[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const { id: anchor, paragraph } of anchors) {
    const { text, spans } = readParagraph(paragraph.children);
    if (spans.length === 0) continue;
    const segments = [...sentences.segment(text)];
    // Per term, the last cut made in a long sentence: a name and its bracketed hanzi (and later
    // forms close enough) quote the same part, so the term page sees one sentence and one mention.
    const cuts = new Map<string, { sentence: number; cut: [number, number] }>();
    for (const span of spans) {
      const first = sentenceAt(segments, span.start) ?? segments[0];
      const last = sentenceAt(segments, span.end - 1) ?? first;
      const from = first.index;
      const to = last.index + last.segment.length;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      const [start, end] = [span.start - from - lead, span.end - from - lead];
      let cut: [number, number] = [0, sentence.length];
      if (sentence.length > MAX_SENTENCE) {
        const previous = cuts.get(span.term);
        const fits = previous && previous.sentence === from && previous.cut[0] <= start && Math.min(end + SHARED_CUT_REACH, sentence.length) <= previous.cut[1];
        cut = fits ? previous.cut : cutAround(sentence, start, end);
        cuts.set(span.term, { sentence: from, cut });
      }
      occurrences.push({ term: span.term, article, anchor, occurrence: span.occurrence, ...quote(sentence, cut, start, end) });
    }
  }
  return occurrences;
}

/** Plugin: the occurrences in the anchored paragraphs (`file.data.anchors`) go to `file.data.occurrences`. */
export function remarkConcordance() {
  return (_tree: Root, file: VFile): void => {
    file.data.occurrences = collectOccurrences(file.data.source!.slug, file.data.anchors ?? []);
  };
}
