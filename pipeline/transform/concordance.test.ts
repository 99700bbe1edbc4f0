/** Paragraph anchors and the concordance built from them, on small inputs and on the real corpus. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { annotateTerms } from './annotate-terms.ts';
import { convertCorpus } from '../index.ts';
import { concordanceFiles, concordanceParts } from '../run/concordance-files.ts';
import { collectOccurrences, MAX_SENTENCE } from './concordance.ts';
import { addParagraphAnchors, anchorId } from './paragraph-anchors.ts';
import { TermMatcher } from './term-matcher.ts';
import { toMdx } from '../stringify/to-mdx.ts';
import { corpus } from '../../tests/support/corpus.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';
import type { ConcordanceEntry, GlossaryEntry, Occurrence } from '../../core/schema.ts';

/** The concordance as plainly defined: per entry, by id, its occurrences in article then document order. */
function expectedConcordance(entries: readonly GlossaryEntry[], articles: readonly { occurrences: readonly Occurrence[] }[]): ConcordanceEntry[] {
  const byTerm = new Map<string, Occurrence[]>(entries.map((entry) => [entry.id, []]));
  for (const article of articles) for (const occurrence of article.occurrences) byTerm.get(occurrence.term)?.push(occurrence);
  return [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, occurrences]) => ({ id, occurrences }));
}

/** The concordance files the build writes for `output`, from the parts its threads serialise. */
const writtenFiles = (output: ReturnType<typeof convertCorpus>) => [...concordanceFiles(output.glossary, output.articles.map((article) => ({ concordance: concordanceParts(article.occurrences) })))];

const entry = testEntry;
const matcher = new TermMatcher([entry('cac', '国家互联网信息办公室', ['CAC']), entry('common-prosperity', '共同富裕', ['common prosperity'])]);
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

describe('paragraph anchors', () => {
  it('start every paragraph, list item and footnote with an empty span named by the text', () => {
    const tree = parse('First paragraph.\n\n- An item\n\nA note[^1].\n\n[^1]: The note.\n');
    const anchors = addParagraphAnchors(tree);
    const mdx = toMdx(tree, { title: 'T' });
    expect(anchors.map((a) => a.id)).toEqual([anchorId('First paragraph.'), anchorId('An item'), anchorId('A note.'), anchorId('The note.')]);
    for (const { id } of anchors) expect(mdx).toMatch(new RegExp(`(^|\\n|- |: )<span id="${id}" />`));
  });

  it('start a heading that names a term, which the term page quotes and links to, and no other heading', () => {
    const tree = parse('## The CAC at work\n\nIt is busy.\n\n## Elsewhere\n\nNothing here.\n');
    annotateTerms(tree, matcher);
    const anchors = addParagraphAnchors(tree);
    expect(anchors.map((a) => [a.paragraph.type, a.id])).toEqual([
      ['heading', anchorId('The CAC at work')],
      ['paragraph', anchorId('It is busy.')],
      ['paragraph', anchorId('Nothing here.')],
    ]);
    expect(toMdx(tree)).toMatch(new RegExp(`^## <span id="${anchorId('The CAC at work')}" />The <Term id="cac"`, 'm'));
    expect(collectOccurrences('2024-test', anchors)).toEqual([expect.objectContaining({ term: 'cac', anchor: anchorId('The CAC at work'), sentence: 'The CAC at work' })]);
  });

  it('keep their id when other paragraphs change, and number repeated paragraphs in order', () => {
    const before = addParagraphAnchors(parse('Alpha.\n\nSame.\n\nBeta.\n\nSame.\n')).map((a) => a.id);
    const after = addParagraphAnchors(parse('New opening.\n\nAlpha.\n\nSame.\n\nBeta.\n\nSame.\n')).map((a) => a.id);
    expect(before).toEqual([anchorId('Alpha.'), anchorId('Same.'), anchorId('Beta.'), `${anchorId('Same.')}-2`]);
    expect(after.slice(1)).toEqual(before);
    expect(anchorId('Alpha.')).toMatch(/^p-[0-9a-f]{8}$/);
  });
});

describe('concordance', () => {
  it('gives each occurrence its sentence, the surface form offsets and the paragraph anchor', () => {
    const tree = parse('The CAC is busy. It works for *common prosperity* (共同富裕) too. Nothing here.\n');
    annotateTerms(tree, matcher);
    const anchors = addParagraphAnchors(tree);
    const occurrences = collectOccurrences('2024-test', anchors);
    expect(occurrences.map((o) => [o.term, o.occurrence, o.sentence, o.sentence.slice(o.start, o.end)])).toEqual([
      ['cac', 1, 'The CAC is busy.', 'CAC'],
      ['common-prosperity', 1, 'It works for common prosperity (共同富裕) too.', 'common prosperity'],
      ['common-prosperity', 2, 'It works for common prosperity (共同富裕) too.', '共同富裕'],
    ]);
    expect(new Set(occurrences.map((o) => o.anchor))).toEqual(new Set([anchors[0].id]));
  });

  it('leaves note markers out of the sentences it quotes (reader QA: "(战略部署)1 are")', () => {
    const marker = (label: string) => ({ type: 'mdxJsxTextElement', name: 'sup', attributes: [], children: [{ type: 'text', value: label }] });
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'The CAC acts.' }, marker('[1]'), { type: 'text', value: ' Then common prosperity (共同富裕)' }, marker('2'), { type: 'text', value: ' follows.' }] }] } as Root;
    annotateTerms(tree, matcher);
    const occurrences = collectOccurrences('2024-test', addParagraphAnchors(tree));
    expect(occurrences.map((o) => o.sentence)).toEqual(['The CAC acts.', 'Then common prosperity (共同富裕) follows.', 'Then common prosperity (共同富裕) follows.']);
  });

  it('quotes a term in a table cell with the text of its cell and links to the cell, whose anchor the MDX keeps', () => {
    const tree = parse('| Term | Meaning |\n| --- | --- |\n| 共同富裕 | Set out by the CAC. |\n|  | x |\n');
    annotateTerms(tree, matcher);
    const anchors = addParagraphAnchors(tree);
    const occurrences = collectOccurrences('2024-test', anchors);
    expect(occurrences.map((o) => [o.term, o.sentence, o.anchor])).toEqual([
      ['common-prosperity', '共同富裕', anchorId('共同富裕')],
      ['cac', 'Set out by the CAC.', anchorId('Set out by the CAC.')],
    ]);
    // Every cell with text has its anchor; the empty cell none.
    expect(anchors).toHaveLength(5);
    for (const { id } of anchors) expect(toMdx(tree, { title: 'T' })).toContain(`| <span id="${id}" />`);
  });

  it('quotes only the part around the term of a sentence too long to quote, for every occurrence', () => {
    // 5,000 words and no sentence end: quoted whole, each occurrence would carry the paragraph.
    const words = Array.from({ length: 5000 }, (_, i) => (i % 1000 === 500 ? 'CAC' : 'word'));
    const tree = parse(`${words.join(' ')} 共同富裕\n`);
    annotateTerms(tree, matcher);
    const occurrences = collectOccurrences('2024-test', addParagraphAnchors(tree));
    expect(occurrences).toHaveLength(6);
    for (const o of occurrences) {
      expect(o.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(o.sentence.slice(o.start, o.end)).toBe(o.term === 'cac' ? 'CAC' : '共同富裕');
    }
    expect(occurrences[0].sentence).toMatch(/^…word word .* word…$/);
    expect(occurrences[5].sentence).toMatch(/^…word .* 共同富裕$/);
  });

  it('quotes a name and its bracketed hanzi in a sentence too long to quote whole from one cut, so the term page joins them', () => {
    // The phrase from the Hoover Institution's "AI titans" (2020), whose paragraph the segmenter keeps as one sentence (".1 China").
    const plan = new TermMatcher([entry('aidp', '新一代人工智能发展规划', ['New Generation Artificial Intelligence Development Plan'])]);
    const phrase = 'actively implemented the New Generation Artificial Intelligence Development Plan (新一代人工智能发展规划), released in July 2017';
    const tree = parse(`${'word '.repeat(150)}${phrase}${' word'.repeat(150)}.\n`);
    annotateTerms(tree, plan);
    const occurrences = collectOccurrences('2020-test', addParagraphAnchors(tree));
    expect(occurrences.map((o) => o.sentence.slice(o.start, o.end))).toEqual(['New Generation Artificial Intelligence Development Plan', '新一代人工智能发展规划']);
    expect(occurrences[1].sentence).toBe(occurrences[0].sentence);
    expect(occurrences[0].sentence).toContain(phrase);
  });

  it('lists the known occurrences of a term in the real corpus, with one record per glossary entry', () => {
    const output = convertCorpus(corpus);
    const concordance = writtenFiles(output).map((file) => JSON.parse(file.text) as ConcordanceEntry);
    expect(concordance.map((c) => c.id)).toEqual(output.glossary.map((e) => e.id));
    // The forum's occurrences: other articles (an editor's new one) may use the term too.
    const hqd = (concordance.find((c) => c.id === 'high-quality-development')?.occurrences ?? []).filter((o) => o.article === '2022-digichina-informatization-plan-forum');
    expect(hqd.map((o) => [o.article, o.sentence.slice(o.start, o.end)])).toEqual([
      ['2022-digichina-informatization-plan-forum', 'high-quality development'],
      ['2022-digichina-informatization-plan-forum', '高质量发展'],
    ]);
    expect(hqd[0].sentence).toBe('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword associated with the broader 14th Five-Year Plan.');
    const mdx = output.articles.find((a) => a.slug === hqd[0].article)?.mdx ?? '';
    expect(mdx).toContain(`<span id="${hqd[0].anchor}" />`);
    // Every occurrence quotes its surface form exactly.
    for (const { occurrences } of concordance) for (const o of occurrences) expect(o.end).toBeGreaterThan(o.start);
  });

  it('writes the same concordance files from the parts each conversion thread serialised as from the occurrences', () => {
    const output = convertCorpus(corpus);
    const files = writtenFiles(output);
    expect(files).toEqual(expectedConcordance(output.glossary, output.articles).map((entry) => ({ id: entry.id, text: `${JSON.stringify(entry)}\n` })));
    expect(files.some((file) => JSON.parse(file.text).occurrences.length > 1)).toBe(true);
  });
});
