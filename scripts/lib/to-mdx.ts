/**
 * mdast → MDX text with remark-stringify and remark-mdx: the serialiser escapes every character
 * that MDX would read as syntax, so article text stays text. Front matter goes in as YAML.
 */
import type { Root } from 'mdast';
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

const serializer = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one', unsafe: [...esmAtLineStart, ...closingBracket] });

export function toMdx(tree: Root, frontMatter?: Record<string, unknown>): string {
  const withFrontMatter: Root = frontMatter
    ? { ...tree, children: [{ type: 'yaml', value: stringifyYaml(frontMatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd() }, ...tree.children] }
    : tree;
  return serializer.stringify(withFrontMatter);
}
