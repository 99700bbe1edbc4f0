/**
 * What the callout steps (annotate-terms, dictionary-words) share: the elements they wrap text in,
 * `<Term id="…" occurrence="n">text</Term>` and `<Word hanzi="…" occurrence="n">text</Word>`, and
 * the nodes whose text neither of them touches.
 */
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Each callout element and the attribute that names what it stands for. */
export const CALLOUT_KEYS = { Term: 'id', Word: 'hanzi' } as const;
export type CalloutName = keyof typeof CALLOUT_KEYS;

export function calloutElement(name: CalloutName, key: string, occurrence: number, text: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: [
      { type: 'mdxJsxAttribute', name: CALLOUT_KEYS[name], value: key },
      { type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) },
    ],
    children: [{ type: 'text', value: text }],
  };
}

/**
 * Links, code, raw HTML, definitions, front matter and callouts already made keep their text as it
 * is. The only flow elements are the parser's own (a table without heads): their paragraphs are text.
 */
const UNTOUCHED = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'yaml', 'mdxJsxTextElement']);
export const untouchedByCallouts = (node: { type: string }): boolean => UNTOUCHED.has(node.type);
