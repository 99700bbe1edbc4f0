/**
 * Glossary coverage: Chinese text the annotator left unwrapped. A run of hanzi counts as covered
 * when it sits inside a term, or when it is part of an entry's hanzi (a single character discussed
 * as a component of a longer term).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bareHanRuns } from '../../core/chinese-text.ts';
import type { GlossaryEntry } from '../../core/schema.ts';

export interface UncoveredRun {
  text: string;
  /** Line in the source file. */
  line: number | undefined;
}

const newlines = (text: string) => text.split('\n').length - 1;

/** Every substring of every entry's hanzi, built once per glossary: a run is covered when it is one. */
const substringsOf = new WeakMap<readonly GlossaryEntry[], Set<string>>();

function knownRuns(entries: readonly GlossaryEntry[]): Set<string> {
  let known = substringsOf.get(entries);
  if (known) return known;
  known = new Set();
  for (const hanzi of entries.flatMap((entry) => [entry.hanzi, entry.traditional ?? ''])) {
    for (let start = 0; start < hanzi.length; start++) for (let end = start + 1; end <= hanzi.length; end++) known.add(hanzi.slice(start, end));
  }
  substringsOf.set(entries, known);
  return known;
}

/** Hanzi a block holds at least, and how many times its Latin letters, to be Chinese text rather than English quoting Chinese. */
const CHINESE_TEXT = { han: 12, perLatinLetter: 2 };
const HAN_CHARACTER = /\p{Script=Han}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * Whether a block is written in Chinese (a bilingual page's original paragraph, a quoted headline):
 * its runs are sentences and their pieces, not terms an entry could name, so coverage leaves them
 * to the dictionary's cards.
 */
function isChineseText(text: string): boolean {
  const han = text.match(HAN_CHARACTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return han >= CHINESE_TEXT.han && han >= CHINESE_TEXT.perLatinLetter * latin;
}

/** `ignored`: runs the article's front matter silences on purpose. */
export function findUncoveredHan(tree: Root, entries: readonly GlossaryEntry[], ignored: readonly string[] = []): UncoveredRun[] {
  const known = knownRuns(entries);
  const silenced = new Set(ignored);
  const uncovered: UncoveredRun[] = [];
  // Each positioned block is read in order; the line of a run is the block's first line plus the
  // line breaks before it (annotation splits text nodes, and the pieces carry no position).
  const readBlock = (block: Nodes, firstLine: number | undefined) => {
    const found: UncoveredRun[] = [];
    let breaks = 0;
    const walk = (node: Nodes, insideTerm: boolean) => {
      if (node.type === 'text') {
        if (!insideTerm) {
          // Line breaks counted on from the previous run, not from the start for each: linear in a long text.
          let counted = 0;
          let before = 0;
          for (const match of bareHanRuns(node.value)) {
            const run = match[0];
            if (known.has(run) || silenced.has(run)) continue;
            before += newlines(node.value.slice(counted, match.index));
            counted = match.index;
            found.push({ text: run, line: firstLine === undefined ? undefined : firstLine + breaks + before });
          }
        }
        breaks += newlines(node.value);
        return;
      }
      if ('children' in node) for (const child of node.children) walk(child as Nodes, insideTerm || child.type === 'mdxJsxTextElement');
    };
    for (const child of (block as { children: Nodes[] }).children) walk(child, child.type === 'mdxJsxTextElement');
    if (found.length > 0 && !isChineseText(toString(block))) uncovered.push(...found);
  };
  let lastLine: number | undefined;
  visit(tree as Nodes, (node) => {
    if (node.position) lastLine = node.position.start.line;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      readBlock(node, node.position?.start.line ?? lastLine);
      return SKIP;
    }
    return undefined;
  });
  return uncovered;
}

export interface CoverageOptions {
  glossary: readonly GlossaryEntry[];
}

/** Plugin: the hanzi runs no entry covers go to `file.data.uncovered` (the lint decides what they mean). */
export function remarkCoverage({ glossary }: CoverageOptions) {
  return (tree: Root, file: VFile): void => {
    file.data.uncovered = findUncoveredHan(tree, glossary, file.data.source?.frontMatter.ignore);
  };
}
