/**
 * mdast → MDX text with mdast-util-to-markdown and the GFM, MDX and front-matter extensions (what
 * remark-stringify with remark-gfm, remark-mdx and remark-frontmatter runs, without loading their
 * parsers): the serialiser escapes every character that MDX would read as syntax, so article text
 * stays text. Front matter goes in as YAML.
 */
import type { Paragraph, Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { mdxJsxToMarkdown, type MdxJsxAttribute, type MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import { wrapLongLines } from './wrap-long-lines.ts';

/**
 * MDX reads a line starting with `import` or `export` as JavaScript; mdast-util-mdx does not
 * escape those words in text, so these patterns make the serialiser escape their first letter.
 */
const esmAtLineStart = [
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

/**
 * A `]` in text is escaped too, though unescaped it would stay text: micromark looks back through
 * the whole paragraph for an opening bracket at every bare `]`, so a long paragraph full of
 * "[1]"-style markers took quadratic time to parse in the site's MDX compile.
 */
const closingBracket = [{ character: ']', inConstruct: 'phrasing' as const }];

interface PatternIndex {
  /** Characters tested one by one (at most 30, so a bit mask of them fits an integer). */
  tracked: string[];
  /** The bit of each tracked ASCII character, by character code: one pass over a text finds them all. */
  asciiBits: Int32Array;
  /** The bits of tracked characters outside ASCII (none with this configuration), tested apart. */
  otherBits: [string, number][];
  /** The other characters (control characters, which text hardly ever holds): any of them means every pattern. */
  rare: RegExp | undefined;
  /** The patterns to run, by a bit mask of which `tracked` characters a text contains. */
  subsets: Map<number, Unsafe[]>;
}

/**
 * One index per pattern list. The serialiser copies the list on every call, so a copy with the
 * same patterns reuses the index of the first (one configuration, one index for the whole run).
 */
const indexes = new WeakMap<readonly Unsafe[], PatternIndex>();
let first: { all: readonly Unsafe[]; index: PatternIndex } | undefined;

function indexFor(all: readonly Unsafe[]): PatternIndex {
  let index = indexes.get(all);
  if (index) return index;
  if (first && first.all.length === all.length && first.all.every((pattern, i) => pattern === all[i])) index = first.index;
  else first = { all, index: (index = indexPatterns(all)) };
  indexes.set(all, index);
  return index;
}

function indexPatterns(all: readonly Unsafe[]): PatternIndex {
  const distinct = [...new Set(all.map((pattern) => pattern.character))];
  const tracked = distinct.filter((character) => character >= ' ').slice(0, 30);
  const rest = distinct.filter((character) => !tracked.includes(character));
  const rare = rest.length > 0 ? new RegExp(`[${rest.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u') : undefined;
  const asciiBits = new Int32Array(128);
  const otherBits: [string, number][] = [];
  tracked.forEach((character, bit) => {
    if (character.charCodeAt(0) < 128) asciiBits[character.charCodeAt(0)] = 1 << bit;
    else otherBits.push([character, 1 << bit]);
  });
  return { tracked, asciiBits, otherBits, rare, subsets: new Map() };
}

function patternsFor(all: Unsafe[], value: string): Unsafe[] {
  const index = indexFor(all);
  if (index.rare?.test(value)) return all;
  // One pass over the text rather than one search per tracked character (a tenth of the serialiser's time).
  let mask = 0;
  const { asciiBits } = index;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) mask |= asciiBits[code];
  }
  for (const [character, bit] of index.otherBits) if (value.includes(character)) mask |= bit;
  let subset = index.subsets.get(mask);
  if (!subset) {
    const present = new Set(index.tracked.filter((_, bit) => mask & (1 << bit)));
    index.subsets.set(mask, (subset = all.filter((pattern) => present.has(pattern.character))));
  }
  return subset;
}

/**
 * The default text handler, given only the unsafe patterns whose character occurs in the text.
 * Escaping runs every pattern (96 with GFM and MDX) over every text node, which was most of the
 * conversion's time; a pattern only ever escapes its own character, so the others cannot change the
 * output. Underscores are the exception (their rule looks at whether neighbours are escaped), so
 * text with one keeps every pattern.
 */
const text: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  const value = (node as { value: string }).value;
  if (value.includes('_')) return defaultHandlers.text(node, parent, state, info);
  state.unsafe = patternsFor(all, value);
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/** The library's handler, configured as mdxToMarkdown() configures it (default options). */
const libraryJsx = mdxJsxToMarkdown().handlers!.mdxJsxTextElement! as Handle & { peek: Handle };

/**
 * Inline JSX elements (Term, the paragraph anchors, the language spans) as the library writes them,
 * without its per-attribute escaping step: that builds a new RegExp for every attribute (a fifth of
 * the serialiser's time). Used only when every attribute is a string with no quote — the only
 * character it would escape; any other element goes to the library's own handler.
 */
function jsxText(...[node, parent, state, info]: Parameters<Handle>): string {
  const element = node as MdxJsxTextElement;
  const plain = element.name && element.attributes.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && !a.value.includes('"'));
  if (!plain) return libraryJsx(node, parent, state, info);
  const exit = state.enter('mdxJsxTextElement');
  const tracker = state.createTracker(info);
  const attributes = (element.attributes as MdxJsxAttribute[]).map((a, index) => `${index === 0 && (element.data as { breakInTag?: boolean } | undefined)?.breakInTag ? '\n' : ' '}${a.name}="${a.value as string}"`).join('');
  let value = tracker.move(`<${element.name}${attributes}${element.children.length === 0 ? ' />' : '>'}`);
  if (element.children.length > 0) {
    value += tracker.move(state.containerPhrasing(element, { ...tracker.current(), before: '>', after: '<' }));
    value += tracker.move(`</${element.name}>`);
  }
  exit();
  return value;
}
jsxText.peek = libraryJsx.peek;

/**
 * A paragraph that is nothing but JSX (an anchor and one term: a signature's "State Council"; a
 * list item of hanzi words) would be read back by MDX as block elements, each on a line of its own
 * (a space shows between two hanzi) and outside any paragraph. Written inside one element, `<p>`
 * (or `<span>` in a list item, whose text has no paragraph), its content stays one run of text.
 */
const paragraph: Handle = (node, parent, state, info) => {
  const children = (node as Paragraph).children;
  const onlyJsx = children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && !child.value.trim()));
  if (!onlyJsx) return defaultHandlers.paragraph(node as Paragraph, parent, state, info);
  const tag = parent?.type === 'listItem' ? 'span' : 'p';
  const exit = state.enter('paragraph');
  const value = `<${tag}>${state.containerPhrasing(node as Paragraph, { ...info, before: '>', after: '<' })}</${tag}>`;
  exit();
  return value;
};

const options: Options = {
  bullet: '-',
  emphasis: '_',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  unsafe: [...esmAtLineStart, ...closingBracket],
  handlers: { text, paragraph, mdxJsxTextElement: jsxText },
  // In remark's plugin order: front matter, GFM, MDX.
  extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()],
};

export function toMdx(tree: Root, frontMatter?: Record<string, unknown>): string {
  wrapLongLines(tree);
  const withFrontMatter: Root = frontMatter
    ? { ...tree, children: [{ type: 'yaml', value: stringifyYaml(frontMatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd() }, ...tree.children] }
    : tree;
  return toMarkdown(withFrontMatter, options);
}
