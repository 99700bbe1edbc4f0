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

/** The occurrences of terms in one article's anchored paragraphs, in document order. */
export function collectOccurrences(article: string, anchors: readonly ParagraphAnchor[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const { id: anchor, paragraph } of anchors) {
    const { text, spans } = readParagraph(paragraph.children);
    if (spans.length === 0) continue;
    const segments = [...sentences.segment(text)];
    for (const span of spans) {
      const first = sentenceAt(segments, span.start) ?? segments[0];
      const last = sentenceAt(segments, span.end - 1) ?? first;
      const from = first.index;
      const to = last.index + last.segment.length;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      occurrences.push({ term: span.term, article, anchor, occurrence: span.occurrence, sentence, start: span.start - from - lead, end: span.end - from - lead });
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
