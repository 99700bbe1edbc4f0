/** The MDX element a callout step wraps text in: `<Name key="…" occurrence="n">text</Name>`. */
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export function calloutElement(name: string, key: { name: string; value: string }, occurrence: number, text: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: [
      { type: 'mdxJsxAttribute', name: key.name, value: key.value },
      { type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) },
    ],
    children: [{ type: 'text', value: text }],
  };
}
