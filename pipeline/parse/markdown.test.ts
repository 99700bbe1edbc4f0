import type { Paragraph, PhrasingContent, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { toMdx } from '../stringify/to-mdx.ts';
import { htmlText, renderMdx } from '../../tests/support/render-mdx.ts';

// Each sentence closes every inline construct it opens (emphasis, code, HTML, links, references,
// strikethrough, escapes, entities), so a paragraph of many of them is many inline tokens in one
// text run: the input the micromark patches (patches/) keep linear.
const sentence = (i: number) =>
  `Sentence ${i} has *stars*, **strong**, \`code ${i}\`, <b>html</b>, [a link](https://example.org/${i}), a [ref][r], ~~struck~~, *nested **strong** text*, no opener for this* one, \\* an escape, &amp; and 高质量发展.`;
const DEFINITION = '\n\n[r]: https://example.org/r\n';

function paragraphOf(markdown: string): Paragraph {
  const first = parseMarkdown(markdown).children[0];
  if (first?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${first?.type}`);
  return first;
}

/** `node` with its positions moved right by `delta` characters on line 1. */
function shifted<T extends PhrasingContent>(node: T, delta: number): T {
  const copy = structuredClone(node);
  const move = (n: { position?: { start: { column: number; offset?: number }; end: { column: number; offset?: number } } }) => {
    for (const point of n.position ? [n.position.start, n.position.end] : []) {
      point.column += delta;
      point.offset! += delta;
    }
    if ('children' in n) (n.children as PhrasingContent[]).forEach(move);
  };
  move(copy);
  return copy;
}

describe('parseMarkdown on a long paragraph of many inline tokens', () => {
  it('gives the same tree as its sentences parsed one by one, joined by the spaces between them', () => {
    const sentences = Array.from({ length: 200 }, (_, i) => sentence(i));
    const whole = paragraphOf(sentences.join(' ') + DEFINITION);

    const expected: PhrasingContent[] = [];
    let offset = 0;
    for (const text of sentences) {
      const children = paragraphOf(text + DEFINITION).children.map((child) => shifted(child, offset));
      const tail = expected.at(-1);
      const head = children[0];
      if (tail?.type === 'text' && head?.type === 'text') {
        // The space between two sentences joins the last text of one and the first of the next.
        (tail as Text).value += ` ${head.value}`;
        tail.position!.end = head.position!.end;
        children.shift();
      }
      expected.push(...children);
      offset += text.length + 1;
    }

    expect(whole.children.length).toBeGreaterThan(200 * 10);
    expect(whole.children).toEqual(expected);
  });
});

describe('footnote labels', () => {
  it('keeps every note joined to its reference through the MDX and its rendering, whatever the label holds', async () => {
    const labels = ['note_1', 'x&y', '{x}', '<a>', 'R&D'];
    const body = `${labels.map((label, i) => `Claim ${i}[^${label}].`).join(' ')}\n\n${labels.map((label, i) => `[^${label}]: NOTE${i} text.`).join('\n\n')}\n`;
    const text = htmlText(await renderMdx(toMdx(parseMarkdown(body))));
    for (const i of labels.keys()) expect(text).toContain(`NOTE${i} text.`);
    expect(text).not.toMatch(/\[\^/);
  });
});
