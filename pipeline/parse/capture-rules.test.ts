/**
 * The capture parser's rules, one defect each, on small hand-made excerpts (lines quoted from a
 * real page name it). Fixtures from real pages: capture-fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport, largeRemovals } from './parse-report.ts';
import type { CompiledRule } from '../read/boilerplate-rules.ts';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.';
/** Distinct paragraphs of prose (a paragraph repeating the one before it is dropped). */
const prose = (n: number) => Array.from({ length: n }, (_, i) => `In part ${i + 1}, ${PROSE.toLowerCase()}`);
const parse = (lines: string[], rules: CompiledRule[] = []) => {
  const report = createParseReport();
  return { blocks: outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [rules], report })), report };
};

describe('headings only where the evidence says heading', () => {
  it('does not take a URL line, a kicker, a field-label line or code for a heading, even above prose', () => {
    for (const line of [
      // CSET's translations open with this line.
      'An archived version of the Chinese source text is available online at: https://perma.cc/9PA3-WYBA',
      'KNOWLEDGE BASE',
      'Publication: China Brief Volume: 25 Issue: 11',
      "import x from 'y'",
      'Photo: Wikimedia Commons',
      'Reporting by Beijing newsroom; Editing by Andrew Heavens',
    ]) {
      expect(parse([line, PROSE]).blocks[0], line).toMatch(/^p /u);
    }
  });

  it('makes a bare URL a link whose text is the URL, trailing punctuation left outside', () => {
    expect(parse(['The text is online at: https://perma.cc/9PA3-WYBA.']).blocks).toEqual(['p The text is online at: <https://perma.cc/9PA3-WYBA>.']);
    expect(parse(['See (https://en.wikipedia.org/wiki/Plan_(China)) here.']).blocks).toEqual(['p See (<https://en.wikipedia.org/wiki/Plan_(China)>) here.']);
  });

  it('takes Roman-numeral, chapter, article and numbered section heads, nesting them by rank', () => {
    expect(parse(['I. Regarding general ideas', PROSE, 'Chapter II Data Property Rights', 'Article 3', PROSE, '(1) Guiding ideology.', PROSE]).blocks).toEqual([
      'h2 I. Regarding general ideas', `p ${PROSE}`, 'h2 Chapter II Data Property Rights', 'h3 Article 3', `p ${PROSE}`, 'h4 (1) Guiding ideology.', `p ${PROSE}`,
    ]);
  });

  it('takes a short line above prose for a heading, sentence case or not, and a short line above a short line for text', () => {
    const [one, two, three] = prose(3);
    expect(parse([one, 'The new national treasure', PROSE, 'State Council', 'May 8th', two]).blocks).toEqual([
      `p ${one}`, 'h2 The new national treasure', `p ${PROSE}`, 'p State Council', 'h2 May 8th', `p ${two}`,
    ]);
    expect(parse([one, 'By the Numbers', two, 'By John Dotson', three]).blocks).toEqual([`p ${one}`, 'h2 By the Numbers', `p ${two}`, 'p By John Dotson', `p ${three}`]);
  });

  it('takes no line above the first paragraph of prose for a heading but a standard section head: kickers and promos stand there (The China Project, KrASIA, SCMP)', () => {
    expect(parse(['Business & Technology', PROSE]).blocks).toEqual(['p Business & Technology', `p ${PROSE}`]);
    expect(parse(['Insights', 'Learn more', PROSE]).blocks.slice(0, 2)).toEqual(['p Insights', 'p Learn more']);
    expect(parse(['Introduction', PROSE]).blocks[0]).toBe('h2 Introduction');
    expect(parse(['Executive Summary', PROSE]).blocks[0]).toBe('h2 Executive Summary');
  });

  it('takes no Chinese sentence for a heading, and a paragraph of hanzi for prose (bilingual pages: China Daily\'s Buzzword, 2022-06-29)', () => {
    const english = 'Recently, the State Council issued a guideline on strengthening the building of a digital government.';
    expect(parse([english, '日前，国务院印发《关于加强数字政府建设的指导意见》。', english]).blocks[1]).toMatch(/^p 日前/u);
    expect(parse([english, 'Chinese Original', '第二十五条　国家对与维护国家安全和利益相关的数据实施出口管制。']).blocks[1]).toBe('h2 Chinese Original');
  });

  it('reports each heading with its line, depth and evidence', () => {
    const { report } = parse(['Preface', PROSE, 'II. Tasks', PROSE]);
    expect(report.headings).toEqual([
      { line: 1, depth: 2, text: 'Preface', evidence: 'before-prose' },
      { line: 3, depth: 2, text: 'II. Tasks', evidence: 'roman-numeral' },
    ]);
  });

  it('reads an isolated numbered line as a section head, and numbered lines in a run as a list', () => {
    expect(parse(['  1. Introduction: the model', PROSE]).blocks).toEqual(['h2 1. Introduction: the model', `p ${PROSE}`]);
    expect(parse(['  1. Patent Law', '  2. Copyright Law', PROSE]).blocks).toEqual(['ol 1', '  li Patent Law', '  li Copyright Law', `p ${PROSE}`]);
  });
});

describe('lists', () => {
  it('nests the bullets under the numbered item they follow', () => {
    expect(parse(['  1. Data property rights', '  • holding rights', '  • use rights', '  2. Circulation', '  • exchanges']).blocks).toEqual([
      'ol 1', '  li Data property rights', '    ul', '      li holding rights', '      li use rights', '  li Circulation', '    ul', '      li exchanges',
    ]);
  });

  it('nests by indentation and by a second-level bullet glyph', () => {
    expect(parse(['• area', '◦ point', '◦ point two', '• area two', '    • indented']).blocks).toEqual([
      'ul', '  li area', '    ul', '      li point', '      li point two', '  li area two', '    ul', '      li indented',
    ]);
  });
});

describe('footnotes', () => {
  it('binds plain-digit markers to the numbered notes at the end, after a "Notes" line that the footnotes replace', () => {
    const { blocks, report } = parse(['Make Better Use,1 of data by 2030.2 Then more.', 'Notes', '1 First note.', '2. Second note.']);
    expect(blocks).toEqual(['p Make Better Use,[^1] of data by 2030.[^2] Then more.', 'fn 1 First note.', 'fn 2 Second note.']);
    expect(report.dropped).toEqual([{ rule: 'parser: notes-heading', lines: [2], chars: 5 }]);
  });

  it('binds superscript markers to superscript notes', () => {
    expect(parse(['A claim¹ and another.²', '¹ Source one.', '² Source two.']).blocks).toEqual(['p A claim[^1] and another.[^2]', 'fn 1 Source one.', 'fn 2 Source two.']);
  });

  it('leaves numbered lines at the end a list when their markers are not all in the text', () => {
    expect(parse(['Steps for 2030.', '  1. Plan', '  2. Build']).blocks).toEqual(['p Steps for 2030.', 'ol 1', '  li Plan', '  li Build']);
  });

  it('raises plain-digit markers whose notes the capture lacks, reads "2030.2" as a year and note 2, and reports them', () => {
    const { blocks, report } = parse(['Lead the world by 2030.2 No, by 2035.1 Covid-19 grew 3.8% in R1.']);
    expect(blocks).toEqual(['p Lead the world by 2030.2 No, by 2035.^1 Covid-19 grew 3.8% in R1.']);
    const second = parse(['A first claim.1 A second one by 2030.2 Done.']);
    expect(second.blocks).toEqual(['p A first claim.^1 A second one by 2030.^2 Done.']);
    expect(second.report.markersWithoutNotes).toEqual([{ line: 1, marker: '1' }, { line: 1, marker: '2' }]);
    expect(report.markersWithoutNotes).toEqual([{ line: 1, marker: '1' }]);
  });

  it('raises "[n]" markers with no note, brackets kept, once "[1]" is one, and reports them; "[in 2012]", "see [2]" and a run without [1] stay text', () => {
    const { blocks, report } = parse(['Made in China 2025 (MIC25,[1] or MIC2025)[3] since [in 2012].']);
    expect(blocks).toEqual(['p Made in China 2025 (MIC25,^[1] or MIC2025)^[3] since [in 2012].']);
    expect(report.markersWithoutNotes.map((m) => m.marker).sort()).toEqual(['[1]', '[3]']);
    expect(parse(['The rules (see [2]) took effect in May.[2]']).blocks).toEqual(['p The rules (see [2]) took effect in May.[2]']);
  });
});

describe('tables', () => {
  // Rows quoted from Digital China Wins the Future, "Terminology" (digitalchinawinsthefuture.com/terminology/).
  const rows = [
    '| Cyber Great Power (网络强国) | Top-level design, strategy, and end state to become a “world class” (世界一流) great power in the cyber domain. |',
    '| Digital China (数字中国) | Top level design, “overall strategy,” and end state for “informatized development.” |',
  ];

  it('reads a run of pipe rows as one table: the row above a delimiter row holds the heads, and the delimiter the alignment', () => {
    const lines = ['| Term | Meaning |', '| :--- | ---: |', '| 网络强国 | Cyber Great Power |', '| 数字中国 | Digital China |'];
    const tree = parseCapture(lines.join('\n'), { title: 'A Title', rules: [] });
    expect(outline(tree)).toEqual(['table', '  tr Term | Meaning', '  tr 网络强国 | Cyber Great Power', '  tr 数字中国 | Digital China']);
    expect(tree.children[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
  });

  it('makes every row a body row when no delimiter row marks heads (a page listing a term and its meaning on each row)', () => {
    const tree = parseCapture([...rows, PROSE].join('\n'), { title: 'A Title', rules: [] });
    expect(outline(tree)).toEqual(['mdxJsxFlowElement', `p ${PROSE}`]);
    const table = tree.children[0] as MdxJsxFlowElement;
    expect(table.name).toBe('table');
    expect(toString(table.children[0])).toBe(rows.map((row) => row.replace(/\s*\|\s*/gu, '')).join(''));
    expect((table.children[0] as MdxJsxFlowElement).children.map((tr) => (tr as MdxJsxFlowElement).children.length)).toEqual([2, 2]);
  });

  it('keeps an escaped pipe in its cell and binds a footnote marker in a cell to its note', () => {
    const tree = parseCapture(['| A \\| B | see the note.[1] |', '| --- | --- |', PROSE, '[1] The note.'].join('\n'), { title: 'A Title', rules: [] });
    expect(outline(tree)).toEqual(['table', '  tr A | B | see the note.[^1]', `p ${PROSE}`, 'fn 1 The note.']);
    expect(tree.children[0]).toMatchObject({ children: [{ children: [{ children: [{ value: 'A | B' }] }, {}] }] });
  });

  it('reads a lone row with a cell of prose as a table, and leaves a lone row of short cells, a line of pipes, a one-cell line and a lower-case line after a row as text', () => {
    expect(parse([rows[0], PROSE, '| Home | About | Contact us |', '||||||||', '| one cell |']).blocks).toEqual(['mdxJsxFlowElement', `p ${PROSE}`, 'p | Home | About | Contact us |', 'p ||||||||', 'p | one cell |']);
    expect(parse(['| a lone row | with a note.[1] |', PROSE, '[1] The note.']).blocks).toEqual(['p | a lone row | with a note.[^1] |', `p ${PROSE}`, 'fn 1 The note.']);
    expect(parse([...rows, 'goes on in lower case.']).blocks).toEqual(['mdxJsxFlowElement', 'p goes on in lower case.']);
  });
});

describe('hard-wrapped lines', () => {
  const wrapped = [
    'The People’s Liberation Army (PLA) seeks not only to equal but also to',
    'overtake the US military through seizing the initiative in the ongoing',
    'Revolution in Military Affairs (RMA). Chinese military lea-',
    'ders believe the form of warfare is changing from today’s ‘informatised’',
    '(信息化) warfare.',
  ];

  it('joins the lines of a wrapped paragraph, a hyphenated word back into one', () => {
    expect(parse(wrapped).blocks).toEqual([
      'p The People’s Liberation Army (PLA) seeks not only to equal but also to overtake the US military through seizing the initiative in the ongoing Revolution in Military Affairs (RMA). Chinese military leaders believe the form of warfare is changing from today’s ‘informatised’ (信息化) warfare.',
    ]);
  });

  it('joins a hanzi word split over two lines without a space, and keeps hanzi terms listed one per line apart', () => {
    expect(parse(['The targets of the Fourteenth Five-Year Plan (十四', '五规划) are set.', 'Next paragraph.']).blocks).toEqual([
      'p The targets of the Fourteenth Five-Year Plan (十四五规划) are set.', 'p Next paragraph.',
    ]);
    expect(parse(['Beijing has set its sights on a 十四五', '规划的目标。']).blocks).toEqual(['p Beijing has set its sights on a 十四五规划的目标。']);
    expect(parse(['数字中国', '网络强国', '智慧社会']).blocks).toEqual(['p 数字中国', 'p 网络强国', 'p 智慧社会']);
  });

  // The text of EUISS's Brief "China's Data Strategy" (2021) as a PDF viewer copies it: one block, no blank lines.
  const pdf = [
    'The views expressed in this publication are solely those of the author(s)',
    'INTRODUCTION',
    'In 2019 and 2020, the European Union (1), the United',
    'Kingdom (2) and the United States (3) issued strategy',
    'papers on data governance acknowledging the im-',
    'portance of data to their economic development and',
    'national security. With different emphases, four',
    'competing objectives dominate these data strategies:',
    'innovation (using data to create new business models',
    'and boost economic growth); security (ensuring that',
    'sensitive data is not used by a hostile foreign power).',
    'In the past two years, China has been defining its',
    'own data strategy and governance regime.',
  ];

  it('sets a run\'s wrapping width by most of its lines, so one long line above a PDF\'s body leaves it wrapped', () => {
    expect(parse(pdf).blocks).toEqual([
      'p The views expressed in this publication are solely those of the author(s)',
      'h2 INTRODUCTION',
      'p In 2019 and 2020, the European Union (1), the United Kingdom (2) and the United States (3) issued strategy papers on data governance acknowledging the importance of data to their economic development and national security. With different emphases, four competing objectives dominate these data strategies: innovation (using data to create new business models and boost economic growth); security (ensuring that sensitive data is not used by a hostile foreign power).',
      'p In the past two years, China has been defining its own data strategy and governance regime.',
    ]);
  });

  it('goes on after a wrapped line ending on a colon when the next starts in lower case, not after a short one', () => {
    expect(parse(['The plan names three tasks:', 'build the platforms; open the data; train the staff.']).blocks).toHaveLength(2);
  });

  it('does not join a line to the same line above it: the repeat is dropped (CGTN\'s doubled photo captions)', () => {
    const caption = 'Advanced Computing Center, Hefei, Anhui Province, July 30, 2021. /CFP';
    const { blocks, report } = parse(['A line of prose, wrapped at the width of the page it was copied from.', caption, caption, '', PROSE]);
    expect(blocks.filter((block) => block.includes('/CFP'))).toEqual([`p ${caption}`]);
    expect(report.dropped).toEqual([{ rule: 'parser: repeated-line', lines: [3], chars: caption.length }]);
  });

  it('keeps paragraphs captured one per line apart, and a title wrapped over a blank line whole', () => {
    expect(parse(prose(2)).blocks).toEqual(prose(2).map((p) => `p ${p}`));
    expect(parse(['Interim Procedures for the Administration of', '', 'Data Trading Venues', 'Chapter I General Provisions', PROSE]).blocks).toEqual([
      'h2 Interim Procedures for the Administration of Data Trading Venues', 'h2 Chapter I General Provisions', `p ${PROSE}`,
    ]);
  });
});

describe('nothing removed silently', () => {
  const rules: CompiledRule[] = [
    { kind: 'drop', source: '^Menu$', id: 'drop: ^Menu$' },
    { kind: 'cutFrom', source: '^About the Author$', id: 'cutFrom: ^About the Author$' },
  ];

  it('attributes every removed line to its rule, and gives what cutFrom cut with its line and length', () => {
    const { report } = parse(['Menu', 'A Title', PROSE, 'Menu', 'About the Author', 'Jane Doe writes.', '', 'More bio.'], rules);
    expect(report.dropped).toEqual([
      { rule: 'drop: ^Menu$', lines: [1, 4], chars: 8 },
      { rule: 'parser: title-echo', lines: [2], chars: 7 },
    ]);
    expect(report.cut).toEqual({ rule: 'cutFrom: ^About the Author$', line: 5, lines: 3, chars: 'About the Author'.length + 'Jane Doe writes.'.length + 'More bio.'.length });
    expect(report).toMatchObject({ lines: 7, chars: 8 + 7 + PROSE.length + 16 + 16 + 9 });
  });

  it('flags a rule that removes more than a fifth of the article', () => {
    const { report } = parse([...prose(2), 'About the Author', PROSE], rules);
    expect(largeRemovals(report).map((r) => r.rule)).toEqual(['cutFrom: ^About the Author$']);
    expect(largeRemovals(parse([...prose(5), 'Menu'], rules).report)).toEqual([]);
  });

  it('drops a line that repeats the line before it (a duplicated caption), and says so', () => {
    const { blocks, report } = parse(['Caption. Photo: EPA', 'Caption. Photo: EPA', PROSE]);
    expect(blocks).toEqual(['p Caption. Photo: EPA', `p ${PROSE}`]);
    expect(report.dropped).toEqual([{ rule: 'parser: repeated-line', lines: [2], chars: 19 }]);
  });

  it('drops a byline naming the authors the header shows (China Story, AppInChina), and says so; "By 2025, …" is a sentence', () => {
    const dropped = (line: string, authors: string[]) => {
      const report = createParseReport();
      const blocks = outline(parseCapture([line, PROSE].join('\n'), { title: 'A Title', authors, rules: [], report }));
      return blocks.length === 1 && report.dropped.some((drop) => drop.rule === 'parser: byline-echo' && drop.lines[0] === 1);
    };
    expect(dropped('by Lorand Laskai', ['Lorand Laskai'])).toBe(true);
    expect(dropped('By Yoni HaoLast Updated on Sep 29, 2024', ['Yoni Hao'])).toBe(true);
    expect(dropped('Rogier Creemers and Paul Triolo', ['Rogier Creemers', 'Paul Triolo'])).toBe(true);
    expect(dropped('By 2025, the system for public data should be basically built.', ['Yoni Hao'])).toBe(false);
    expect(dropped('by Lorand Laskai', [])).toBe(false);
  });

  it('drops a byline with a date or an issue after the names, or the names as a bullet (China Digital Times, China Leadership Monitor)', () => {
    const dropped = (line: string, authors: string[]) => {
      const report = createParseReport();
      parseCapture([line, PROSE].join('\n'), { title: 'A Title', authors, rules: [], report });
      return report.dropped.some((drop) => drop.rule === 'parser: byline-echo');
    };
    expect(dropped('Xi Ran, August 8, 2019', ['Xi Ran'])).toBe(true);
    expect(dropped('Aynne Kokas CLM Issue 70 Winter 2021', ['Aynne Kokas'])).toBe(true);
    expect(dropped('• Aynne Kokas', ['Aynne Kokas'])).toBe(true);
    expect(dropped('Xi Ran argues the law took effect in 2019', ['Xi Ran'])).toBe(false);
    expect(dropped('Aynne Kokas testified before Congress', ['Aynne Kokas'])).toBe(false);
  });

  it('drops a breadcrumb ending with the title at the top of the page, not a line ending with it further down', () => {
    const title = 'Explaining China’s Focus on “New Quality Productive Forces”';
    const body = (first: string[]) => {
      const report = createParseReport();
      const blocks = outline(parseCapture([...first, ...prose(8), `Why ${title}`].join('\n'), { title, rules: [], report }));
      return { blocks, echoes: report.dropped.find((drop) => drop.rule === 'parser: title-echo')?.lines ?? [] };
    };
    expect(body([`Home IssueArtificial Intelligence ${title}`]).echoes).toEqual([1]);
    expect(body([]).blocks.at(-1)).toBe(`p Why ${title}`);
    expect(body(['In short, the answer is a new ' + title]).echoes).toEqual([]);
  });
});
