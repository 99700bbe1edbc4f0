/**
 * Glossary coverage: Chinese text the annotator left unwrapped, and entries no article uses.
 * A run of hanzi counts as covered when it sits inside a term, or when it is part of an entry's
 * hanzi (a single character discussed as a component of a longer term).
 */
import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryEntry } from './schema.ts';

export interface UncoveredRun {
  text: string;
  line: number | undefined;
}

const HAN_RUN = /\p{Script=Han}+/gu;

export function findUncoveredHan(tree: Root, entries: readonly GlossaryEntry[]): UncoveredRun[] {
  const known = entries.flatMap((entry) => [entry.hanzi, entry.traditional ?? '']);
  const uncovered: UncoveredRun[] = [];
  let line: number | undefined;
  visit(tree as Nodes, (node) => {
    if (node.type === 'mdxJsxTextElement') return SKIP;
    if (node.position) line = node.position.start.line;
    if (node.type !== 'text') return undefined;
    for (const [run] of node.value.matchAll(HAN_RUN)) {
      if (!known.some((hanzi) => hanzi.includes(run))) uncovered.push({ text: run, line });
    }
    return undefined;
  });
  return uncovered;
}
