/**
 * mdast → MDX text with remark-stringify and remark-mdx: the serialiser escapes every character
 * that MDX would read as syntax, so article text stays text. Front matter goes in as YAML.
 */
import type { Root } from 'mdast';
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';

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
  /** The other characters (control characters, which text hardly ever holds): any of them means every pattern. */
  rare: RegExp | undefined;
  /** The patterns to run, by a bit mask of which `tracked` characters a text contains. */
  subsets: Map<number, Unsafe[]>;
}

/** One index per pattern list, i.e. per serialiser configuration. */
const indexes = new WeakMap<readonly Unsafe[], PatternIndex>();

function indexPatterns(all: readonly Unsafe[]): PatternIndex {
  const distinct = [...new Set(all.map((pattern) => pattern.character))];
  const tracked = distinct.filter((character) => character >= ' ').slice(0, 30);
  const rest = distinct.filter((character) => !tracked.includes(character));
  const rare = rest.length > 0 ? new RegExp(`[${rest.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u') : undefined;
  return { tracked, rare, subsets: new Map() };
}

function patternsFor(all: Unsafe[], value: string): Unsafe[] {
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = indexPatterns(all)));
  if (index.rare?.test(value)) return all;
  let mask = 0;
  for (let bit = 0; bit < index.tracked.length; bit++) if (value.includes(index.tracked[bit])) mask |= 1 << bit;
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

const serializer = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one', unsafe: [...esmAtLineStart, ...closingBracket], handlers: { text } });

export function toMdx(tree: Root, frontMatter?: Record<string, unknown>): string {
  const withFrontMatter: Root = frontMatter
    ? { ...tree, children: [{ type: 'yaml', value: stringifyYaml(frontMatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd() }, ...tree.children] }
    : tree;
  return serializer.stringify(withFrontMatter);
}
