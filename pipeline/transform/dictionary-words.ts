/**
 * The dictionary layer's step: after the curated terms are annotated, every run of hanzi still in
 * running text is segmented into words and each word wrapped as `<Word hanzi="…" occurrence="n">…</Word>`.
 * The element carries only its key; the word's reading goes once into generated/dictionary.json
 * (dictionary-file.ts). Text inside links, code and curated terms is left alone, as the term
 * annotator leaves it; headings get words as they get terms.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bareHanRuns, hasHan } from '../../core/chinese-text.ts';
import { expandNodes } from '../../core/expand-nodes.ts';
import { calloutElement, untouchedByCallouts } from './callout-element.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { romanisationsIn, romanisedName } from '../dictionary/romanised-names.ts';
import { jiebaSegmenter, type Segment } from '../dictionary/segmenter.ts';
import { LEGAL_DIVISION } from '../dictionary/legal-divisions.ts';


/** One segmenter per glossary (per thread): loading jieba's dictionary costs as much as segmenting many articles. */
const segmenters = new WeakMap<readonly GlossaryEntry[], Segment>();

export function segmenterFor(glossary: readonly GlossaryEntry[]): Segment {
  let segment = segmenters.get(glossary);
  if (!segment) {
    // HMM on: it keeps names CC-CEDICT and jieba lack (刘烈宏) whole; measured by scripts/bench/segmentation-quality.ts.
    segment = jiebaSegmenter(glossary.flatMap((entry) => (entry.traditional ? [entry.hanzi, entry.traditional] : [entry.hanzi])), { hmm: true });
    segmenters.set(glossary, segment);
  }
  return segment;
}

export function wordElement(hanzi: string, occurrence: number): MdxJsxTextElement {
  return calloutElement('Word', hanzi, occurrence, hanzi);
}

/**
 * Where a line may break between two words: hanzi are set with keep-all (a word never splits across
 * lines), which without these would make each clause of a Chinese sentence one unbreakable unit.
 */
function wordBreak(): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: [] };
}

/** The tree's text, a line per text node, so that words of two nodes are never run together. */
function textOf(tree: Root): string {
  const parts: string[] = [];
  visit(tree, 'text', (node) => {
    parts.push(node.value);
  });
  return parts.join('\n');
}

/** A run's words, a legal text's numbered divisions (第二十五条) kept whole; should a segmenter ever return pieces that do not spell the run, its characters instead. */
function wordsOf(run: string, segment: Segment): string[] {
  const words: string[] = [];
  let last = 0;
  const segmented = (piece: string) => {
    const pieceWords = segment(piece);
    words.push(...(pieceWords.join('') === piece ? pieceWords : [...piece]));
  };
  for (const division of run.matchAll(LEGAL_DIVISION)) {
    if (division.index > last) segmented(run.slice(last, division.index));
    words.push(division[0]);
    last = division.index + division[0].length;
  }
  if (last < run.length) segmented(run.slice(last));
  return words;
}

/**
 * Wraps every word of the remaining hanzi in `tree`; returns the distinct words in order of first
 * occurrence, and the words the text romanises as names (romanised-names.ts).
 */
export function markDictionaryWords(tree: Root, glossary: readonly GlossaryEntry[]): { words: string[]; names: Record<string, string> } {
  const counts = new Map<string, number>();
  const names: Record<string, string> = {};
  let segment: Segment | undefined;
  let romanisations: Map<string, string> | undefined;
  const nameOf = (word: string) => {
    if (counts.has(word)) return;
    romanisations ??= romanisationsIn(textOf(tree));
    const written = romanisedName(word, romanisations);
    if (written) names[word] = written;
  };
  const expand = (node: Nodes): PhrasingContent[] | undefined => {
    if (node.type !== 'text' || !hasHan(node.value)) return undefined;
    segment ??= segmenterFor(glossary);
    const replacement: PhrasingContent[] = [];
    let last = 0;
    for (const match of bareHanRuns(node.value)) {
      if (match.index > last) replacement.push({ type: 'text', value: node.value.slice(last, match.index) });
      const words = wordsOf(match[0], segment!);
      const end = match.index + match[0].length;
      // A run at the start of its text follows an element (a term) or starts the paragraph: a line may break before it.
      if (match.index === 0) replacement.push(wordBreak());
      words.forEach((word, index) => {
        nameOf(word);
        const occurrence = (counts.get(word) ?? 0) + 1;
        counts.set(word, occurrence);
        if (index > 0) replacement.push(wordBreak());
        replacement.push(wordElement(word, occurrence));
      });
      if (end === node.value.length) replacement.push(wordBreak());
      last = end;
    }
    if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
    return replacement;
  };
  expandNodes(tree, expand as (node: Node) => Node[] | undefined, untouchedByCallouts);
  return { words: [...counts.keys()], names };
}

/** Plugin: wraps the words and leaves them, in order of first occurrence, on `file.data.words`, and the names on `file.data.names`. */
export function remarkDictionaryWords({ glossary }: { glossary: readonly GlossaryEntry[] }) {
  return (tree: Root, file: VFile): void => {
    ({ words: file.data.words, names: file.data.names } = markDictionaryWords(tree, glossary));
  };
}
