/**
 * `node scripts/bench/big-input.ts`: time of each conversion step and of the site's MDX compile for
 * one huge one-line paragraph of 0.25, 0.5, 1 and 2 MB (scripts/bench/huge-paragraph.ts), as a raw
 * capture and as Markdown, against the real glossary, then of the capture parser for 10,000 to
 * 80,000 short lines of a page header's shapes. Linear steps take twice as long for twice the
 * text: the growth (time per MB at 2 MB over time per MB at 0.5 MB) stays near 1; a quadratic
 * one doubles with each size. Prints figures, asserts nothing.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { readCorpus } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/read/glossary.ts';
import { parseCapture } from '../../pipeline/parse/capture.ts';
import { parseMarkdown } from '../../pipeline/parse/markdown.ts';
import { TermMatcher } from '../../pipeline/transform/term-matcher.ts';
import { annotateTerms } from '../../pipeline/transform/annotate-terms.ts';
import { addParagraphAnchors, type ParagraphAnchor } from '../../pipeline/transform/paragraph-anchors.ts';
import { findUncoveredHan } from '../../pipeline/transform/coverage.ts';
import { collectOccurrences } from '../../pipeline/transform/concordance.ts';
import { markChineseText } from '../../core/mark-chinese.ts';
import { toMdx } from '../../pipeline/stringify/to-mdx.ts';
import { renderArticleBody } from '../../src/lib/article-body.ts';
import { readingMinutes } from '../../pipeline/transform/reading-time.ts';
import { hugeParagraph } from './huge-paragraph.ts';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = await readCorpus({ contentDir: path.join(root, 'content'), root });
const glossary = loadGlossary(corpus.glossary);
const matcher = new TermMatcher(glossary);
const SIZES = (process.env.BIG_INPUT_SIZES ?? '0.25,0.5,1,2').split(',').map(Number);
const verbose = process.env.BIG_INPUT_VERBOSE === '1';

async function time<T>(step: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await step();
  if (verbose) console.log(`    ${step.toString().slice(6, 60)}: ${(performance.now() - start).toFixed(0)} ms`);
  return [result, performance.now() - start];
}

/** Milliseconds of each step for one paragraph of `megabytes`. */
async function measure(megabytes: number, format: 'capture' | 'markdown'): Promise<Record<string, number>> {
  const body = hugeParagraph(megabytes * 1_000_000);
  const ms: Record<string, number> = {};
  let tree: Root;
  [tree, ms.parse] = await time(() => (format === 'markdown' ? parseMarkdown(body) : parseCapture(body, { title: 'Huge', rules: [] })));
  [, ms['reading time']] = await time(() => readingMinutes(tree));
  [, ms.annotate] = await time(() => annotateTerms(tree, matcher));
  let anchors: ParagraphAnchor[];
  [anchors, ms.anchors] = await time(() => addParagraphAnchors(tree));
  [, ms.coverage] = await time(() => findUncoveredHan(tree, glossary));
  [, ms.concordance] = await time(() => collectOccurrences('huge', anchors));
  [, ms['mark-chinese']] = await time(() => markChineseText(tree));
  let mdx: string;
  [mdx, ms['to-mdx']] = await time(() => toMdx(tree, { title: 'Huge', publisher: 'P', published: '2021', summary: 'S', terms: [], readingMinutes: 1 } as never));
  [, ms['site: MDX compile']] = await time(() => renderArticleBody(mdx));
  return ms;
}

for (const format of ['capture', 'markdown'] as const) {
  const rows = new Map<string, number[]>();
  for (const megabytes of SIZES) {
    for (const [step, ms] of Object.entries(await measure(megabytes, format))) rows.set(step, [...(rows.get(step) ?? []), ms]);
  }
  console.log(`\n${format}: milliseconds per step for a one-line paragraph of ${SIZES.join(' / ')} MB; growth = (ms/MB at 2 MB) / (ms/MB at 0.5 MB)`);
  for (const [step, times] of rows) {
    const growth = times[3] / 2 / (times[1] / 0.5);
    console.log(`  ${step.padEnd(20)} ${times.map((t) => t.toFixed(0).padStart(7)).join('')}   growth ${growth.toFixed(2)}`);
  }
}

// Many short lines of the shapes a page's header is read from (the title again, kickers, tags, a
// byline, affiliations, the site's name): the header rules look at neighbouring lines, and a
// page that repeats them must not make that look quadratic; a contents label scans the lines under it.
const HEADER_LINES = ['Huge', 'Insights', 'Data Security', 'Jane Doe', 'Department of Government, Harvard University', 'The Publisher', 'IN THIS ISSUE:'];
const LINE_COUNTS = [10_000, 20_000, 40_000, 80_000];
const header: number[] = [];
for (const count of LINE_COUNTS) {
  // Half of them the title again and again, then the shapes in turn.
  const body = Array.from({ length: count }, (_, i) => (i < count / 2 ? 'Huge' : HEADER_LINES[i % HEADER_LINES.length])).join('\n');
  header.push((await time(() => parseCapture(body, { title: 'Huge', authors: ['Jane Doe'], publisher: 'The Publisher', rules: [] })))[1]);
}
console.log(`\ncapture parse of ${LINE_COUNTS.join(' / ')} header-like lines: ${header.map((t) => t.toFixed(0)).join(' / ')} ms; growth = (ms per line at 80,000) / (ms per line at 20,000) ${(header[3] / 4 / header[1]).toFixed(2)}`);

// One paragraph of glued "[n]" markers with no notes (each one raised) and many pictures laid out as
// Protocol lays them out (alt text, caption, credit, a blank line apart): markers are placed and
// alt text looked for once per marker and credit, not once per pair; a related-links label looks at a few lines under it.
const SHAPE_COUNTS = [10_000, 20_000, 40_000, 80_000];
const shapes: [string, (count: number) => string][] = [
  ['"[n]" markers', (count) => `Text.${Array.from({ length: count }, (_, i) => ` word.[${(i % 999) + 1}]`).join('')}`],
  ['pictures', (count) => Array.from({ length: count / 4 }, () => 'lock and key on keyboard\n\nA caption sentence here.\n\nPhoto: Getty Images\n').join('\n')],
  // A related-links box under each label: the links start with the title (stop 40).
  ['related links', (count) => Array.from({ length: count / 4 }, () => 'Related readings:\nHuge Investors flock to the industry\nHuge Firms form an oligopoly\nA sentence of prose here.').join('\n')],
];
for (const [name, make] of shapes) {
  const ms: number[] = [];
  for (const count of SHAPE_COUNTS) ms.push((await time(() => parseCapture(make(count), { title: 'Huge', rules: [] })))[1]);
  console.log(`capture parse of ${SHAPE_COUNTS.join(' / ')} ${name}: ${ms.map((t) => t.toFixed(0)).join(' / ')} ms; growth ${(ms[3] / 4 / ms[1]).toFixed(2)}`);
}
