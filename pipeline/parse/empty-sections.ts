/**
 * A numbered section head with nothing under it: the page showed that section collapsed
 * ("Article 17" / "Show related" / "114 words") and its text was never captured. The heading alone
 * would promise a section the page does not have, so it goes, and is reported.
 */
import type { Heading, RootContent } from 'mdast';
import type { ParseReport } from '../../core/schema.ts';
import { recordDrop } from './parse-report.ts';

/** What the parser knew of a heading it built: the evidence, and the source it came from. */
export interface HeadingSource {
  evidence: string;
  raw: string;
  line: number;
  joined?: number[];
}

/** Evidence of a section number ("Chapter I", "Article 17", "2.1"): a head without one stands above prose, or above a chapter as a document's title. */
const NUMBERED = new Set(['part-or-chapter', 'roman-numeral', 'parenthesized-roman', 'article-or-section', 'numbered-title', 'decimal-number', 'parenthesized-number', 'numbered-section']);

/**
 * `children` without the numbered headings that nothing follows before the next heading of their
 * level or above (or the end), from the last one up, so a chapter whose articles all went goes too.
 */
export function dropEmptySections(children: readonly RootContent[], sources: ReadonlyMap<RootContent, HeadingSource>, report: ParseReport | undefined): RootContent[] {
  const kept: RootContent[] = [];
  const droppedLines = new Set<number>();
  for (let index = children.length - 1; index >= 0; index--) {
    const node = children[index];
    const source = sources.get(node);
    const next = kept.at(-1);
    const empty = node.type === 'heading' && source !== undefined && NUMBERED.has(source.evidence) && (next === undefined || (next.type === 'heading' && next.depth <= (node as Heading).depth));
    if (!empty) {
      kept.push(node);
      continue;
    }
    recordDrop(report, 'parser: empty-section', source.line, source.raw, source.joined);
    droppedLines.add(source.line);
  }
  if (report && droppedLines.size > 0) report.headings = report.headings.filter((heading) => !droppedLines.has(heading.line));
  return kept.reverse();
}
