import { describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseArticle } from '../../tests/support/corpus.ts';
import { parseCapture } from './capture.ts';

const headings = (tree: Root) => tree.children.filter((n) => n.type === 'heading').map((n) => toString(n));
const listItems = (tree: Root) => tree.children.filter((n) => n.type === 'list').flatMap((n) => n.children.map((item) => toString(item)));
const footnotes = (tree: Root) => tree.children.filter((n) => n.type === 'footnoteDefinition').map((n) => n.identifier);
/** Every block's text, footnote markers written back as "[n]" so lines compare with the capture. */
const blockTexts = (tree: Root) =>
  tree.children.flatMap((node: RootContent) => (node.type === 'list' ? node.children : [node])).map((node) => flatten(node));
const flatten = (node: { type: string; identifier?: string; value?: string; children?: unknown[] }): string =>
  node.type === 'footnoteReference' ? `[${node.identifier}]` : 'value' in node && typeof node.value === 'string' ? node.value : (node.children ?? []).map((c) => flatten(c as never)).join('');

/** Lines of each capture that are web chrome, written out by hand: none may survive. */
const cases = [
  {
    slug: '2016-merics',
    headings: ['1. Fostering innovation with the help of online platforms', '2. Digitisation of industries and the rural economy', '3. Big Data as a strategic resource – for the government'],
    listItems: 0,
    footnotes: [],
    boilerplate: ['MERICS Blog, European Voices on China, Header'],
  },
  {
    slug: '2022-digichina',
    headings: ['Rogier Creemers, Assistant Professor of Modern Chinese Studies, University of Leiden; and Senior Editor, DigiChina', 'Paul Triolo, Senior Adviser, Paulson Institute'],
    listItems: 1,
    footnotes: ['1', '2'],
    boilerplate: ['Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum', 'Published', 'January 24, 2022', 'Article Banner Picture'],
  },
  {
    slug: '2020-wilson',
    headings: [],
    listItems: 3,
    footnotes: [],
    boilerplate: [
      'Skip to main content', 'Support', 'Blog post', 'Is Data the Medicine for an Ailing Economy? China is Betting on It', 'Xiao Liu China Fellow',
      'A sign reading 5G on a street in Congqing China.', 'Sign for the launch of China Telecom 5G in Jiefangbei street Chongqing China.',
    ],
    tailFrom: 'Follow the Asia Program on Twitter @AsiaProgram. or join us on Facebook.',
    // Pull quotes repeat a sentence of the text; only the copy inside the paragraph stays.
    pullQuotes: ['Data is the foremost driving-force for innovation and economic growth in the Fourth Industrial Revolution', 'The defense of privacy amidst the struggle against the Covid-19 demonstrates a strong voice among Chinese citizens in asserting their data rights.'],
  },
  {
    slug: '2021-state-council',
    headings: ['The new national treasure'],
    listItems: 0,
    footnotes: [],
    boilerplate: [],
  },
  {
    slug: '2015-the-diplomat',
    headings: [],
    listItems: 4,
    footnotes: [],
    boilerplate: [
      '‘Internet Plus’ and the salvation of China’s rural economy – The Diplomat', 'power of china', 'Like this article ? Click here to register for full access. Just $5 per month.',
    ],
    tailFrom: 'Lincoln E. Davidson is a Fellow in Asian Studies at the Council on Foreign Relations. His research interests include rural China, Chinese cyberpolitics, and cross-Strait relations.',
  },
];

describe.each(cases)('parseCapture on $slug', (expected) => {
  const { tree, body } = parseArticle(expected.slug);
  const blocks = blockTexts(tree);
  const lines = body.split('\n').map((line) => line.trim()).filter(Boolean);
  // Everything from the first line of trailing chrome (bios, blurbs, related links) on is chrome too.
  const tail = expected.tailFrom ? lines.slice(lines.indexOf(expected.tailFrom)) : [];
  const chrome = new Set([...expected.boilerplate, ...tail, ...(expected.pullQuotes ?? [])]);

  it('recovers the section headings', () => {
    expect(headings(tree)).toEqual(expected.headings);
  });

  it('recovers the bullet list items and footnotes', () => {
    expect(listItems(tree)).toHaveLength(expected.listItems);
    expect(footnotes(tree)).toEqual(expected.footnotes);
  });

  it('removes every line of web chrome', () => {
    if (expected.tailFrom) expect(tail.length, 'tailFrom line not found').toBeGreaterThan(1);
    for (const line of chrome) {
      expect(blocks, `"${line}" survived`).not.toContain(line);
    }
  });

  it('keeps every paragraph of article text, word for word', () => {
    const articleLines = lines.filter((line) => !chrome.has(line)).map((line) => line.replace(/^(•|\d+\.)\s+/u, ''));
    expect(articleLines.length).toBeGreaterThan(3);
    for (const line of articleLines) {
      const text = line.replace(/^\[(\d)\]\s+/u, '');
      expect(blocks.some((block) => block.endsWith(text)), `lost: ${line.slice(0, 80)}`).toBe(true);
    }
  });
});

describe('parseCapture details', () => {
  it('turns "[1]" markers into GFM footnote references bound to their notes', () => {
    const { tree } = parseArticle('2022-digichina');
    const list = tree.children.find((n) => n.type === 'list');
    const refs = JSON.stringify(list).match(/"footnoteReference"/g) ?? [];
    expect(refs).toHaveLength(2);
    expect(toString(tree.children.at(-2))).toMatch(/^This is a very interesting formulation\. Here, 厘 \(\) means/);
  });

  it('keeps Chinese text intact', () => {
    const { tree } = parseArticle('2016-merics');
    expect(toString(tree)).toContain('“innovation internet” (创新网络, sometimes also referred to as 创新网络平台)');
    expect(toString(tree)).toContain('(大众创业万众创新)');
  });

  it('leaves "[3]" as text when no note 3 exists', () => {
    const tree = parseCapture('A claim [3] stands alone.', { title: 'T', rules: [] });
    expect(toString(tree)).toBe('A claim [3] stands alone.');
    expect(footnotes(tree)).toEqual([]);
  });

  it('drops lines that repeat the title, whatever their quotes, spaces and case, with or without a site name', () => {
    const capture = ['  “Big Data”  Strategy', '"big data" strategy – Example News', '”BIG DATA” STRATEGY | Example', 'Big data strategy, the body says, is new.', '“Big Data” Strategy is the plan.'].join('\n');
    expect(blockTexts(parseCapture(capture, { title: '"Big Data" Strategy', rules: [] }))).toEqual(['Big data strategy, the body says, is new.', '“Big Data” Strategy is the plan.']);
  });

  it('applies cutFrom and drop rules given as data', () => {
    const tree = parseCapture('Body text here.\nAD LINE\nMore body.\nFOOTER\nTail text.', {
      title: 'T',
      rules: [[{ kind: 'drop', source: '^AD LINE$', id: 'drop: ^AD LINE$' }, { kind: 'cutFrom', source: '^FOOTER$', id: 'cutFrom: ^FOOTER$' }]],
    });
    expect(blockTexts(tree)).toEqual(['Body text here.', 'More body.']);
  });
});
