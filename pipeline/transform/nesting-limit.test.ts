/** A source nested deeper than the site can render fails at the line where it gets too deep. */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../content-error.ts';
import { convertCorpus } from '../index.ts';
import { corpus } from '../../tests/support/corpus.ts';
import { MAX_NESTING } from './nesting-limit.ts';

const FRONT_MATTER = '---\ntitle: T\npublisher: P\npublished: "2024"\nsummary: S\n---\n';

function convert(file: string, body: string): string[] {
  try {
    convertCorpus({ ...corpus, articles: [{ file, text: `${FRONT_MATTER}${body}` }] });
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => e.format());
    throw error;
  }
  return [];
}

describe('nesting', () => {
  it('converts a quote nested almost as deep as the limit', () => {
    expect(convert('content/articles/2024-deep.md', `Intro.\n\n${'>'.repeat(MAX_NESTING - 4)} The big data strategy.\n`)).toEqual([]);
  });

  it('fails a quote or list nested more than 50 levels deep at the line where it gets too deep, saying to flatten it (the site\'s renderer overflowed its stack)', () => {
    expect(convert('content/articles/2024-deep.md', `Intro.\n\nText.\n\n${'>'.repeat(60)} deep\n`)).toEqual([
      'content/articles/2024-deep.md:11: the text is nested more than 50 levels deep (quotes, lists or emphasis within each other) — flatten the quote or list there: the site renders at most 50 levels',
    ]);
    const list = Array.from({ length: 100 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(convert('content/articles/2024-deep.md', `Intro.\n\n${list}\n`)).toEqual([expect.stringMatching(/^content\/articles\/2024-deep\.md:34: the text is nested more than 50 levels deep/)]);
  });

  it('fails a Markdown line that opens hundreds of levels before parsing it, at that line (micromark took 15 s for 800 levels)', () => {
    expect(convert('content/articles/2024-deep.md', `Intro.\n\nText.\n\n${'>'.repeat(600)} deep\n`)).toEqual([
      'content/articles/2024-deep.md:11: this line opens up to 600 quotes and list items (or is indented as deep), more than the site renders (50 levels) — flatten the quote or list there, or remove the spaces before the line',
    ]);
    const list = Array.from({ length: 3000 }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');
    expect(convert('content/articles/2024-deep.md', `Intro.\n\n${list}\n`)).toEqual([expect.stringMatching(/^content\/articles\/2024-deep\.md:109: this line opens up to 101 quotes and list items/)]);
  });

  it('converts a code block indented 150 spaces in a shallow list: deep indentation alone is no nesting', () => {
    expect(convert('content/articles/2024-deep.md', `Intro.\n\n- item\n\n${' '.repeat(150)}code\n`)).toEqual([]);
  });
});
