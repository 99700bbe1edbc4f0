/**
 * Property test: random text — words, CJK, glossary terms, Markdown and MDX syntax — goes through
 * the capture parser, the annotator, the dictionary words and the MDX serialiser, is compiled by the site's MDX compiler and
 * rendered by react-dom/server, and a reader sees the very text that went in.
 */
import fc from 'fast-check';
import type { ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { annotateTerms } from '../transform/annotate-terms.ts';
import { markDictionaryWords } from '../transform/dictionary-words.ts';
import { parseCapture } from '../parse/capture.ts';
import { TermMatcher } from '../transform/term-matcher.ts';
import { markChineseText } from '../../core/mark-chinese.ts';
import { toMdx } from './to-mdx.ts';
import { htmlText, renderMdx, squash } from '../../tests/support/render-mdx.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = testEntry;
const glossary = [entry('cac', '网信办', ['CAC']), entry('hqd', '高质量发展', ['high-quality development'])];
const matcher = new TermMatcher(glossary);

/** Syntax that means something to Markdown, MDX, JSX or HTML, and text that looks like it. */
const syntax = [
  '{', '}', '{x}', '{1 + 1}', '<', '>', '</', '/>', '<b>', '</b>', '<Term id="cac">', '</Term>', '<script>', '<!--', '-->', '&', '&amp;', '&#123;', '&lt;',
  '`', '``', '```', '~~~', '*', '**', '_', '__', '~', '~~', '#', '##', '[', ']', '[x]', '(', ')', '](y)', '![', '^', '[^a]', '\\', '|', ':', '"', "'", '$', '=', '!',
  'import', 'export', 'import x from "y"', 'export default', 'http://example.org', 'www.example.org', 'a@b.org', '---', '***', '+', '-', '>',
];
const words = ['the', 'data', 'market', 'CAC', 'high-quality development', '高质量发展', '网信办', 'plan', 'Plan', 'é', 'ß'];
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const cjkPunctuation = fc.constantFrom('。', '，', '「', '」', '《', '》', '（', '）', '｛', '｝', '、');
const latin = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ'), minLength: 1, maxLength: 8 });
// No digits: "[1]" would rightly become a footnote reference, whose rendering adds text.
const token = fc.oneof(fc.constantFrom(...syntax), fc.constantFrom(...words), cjk, cjkPunctuation, latin);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\t', '  ');
const phrase = fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 25 }).map((parts) => parts.map(([t, s]) => t + s).join('').trim());

/** A capture line that starts with syntax and often ends like a sentence, so that it stays a paragraph. */
const line = fc
  .tuple(fc.constantFrom(...syntax), separator, phrase, fc.constantFrom('', '.', '.'))
  .map(([start, sep, rest, end]) => `${start}${sep}${rest}${end}`);

/** A block's text; list items are separate blocks on screen, so they are apart here too. */
const blockText = (node: RootContent | ListItem): string =>
  node.type === 'list' || node.type === 'listItem' ? node.children.map(blockText).join(' ') : toString(node);

async function render(tree: Root): Promise<string> {
  annotateTerms(tree, matcher);
  markDictionaryWords(tree, glossary);
  markChineseText(tree);
  return squash(htmlText(await renderMdx(toMdx(tree, { title: 'Fuzz' }))));
}

describe('capture → MDX → compile → render', () => {
  it('shows a paragraph of random text exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(phrase, async (text) => {
        // "Text … end." keeps the line an ordinary paragraph (no heading, bullet or note rules).
        const line = `Text ${text} end.`;
        const shown = await render(parseCapture(`${line}\n`, { title: 'Fuzz title', rules: [] }));
        expect(shown).toBe(squash(line));
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('shows every block of a random multi-line capture as the parser read it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
        const tree = parseCapture(`${lines.join('\n')}\n`, { title: 'Fuzz title', rules: [] });
        const expected = squash(tree.children.map(blockText).join(' '));
        expect(await render(tree)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
