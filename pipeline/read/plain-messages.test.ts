/** Validation errors as an editor reads them: the field, what is wrong, how to fix it. */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../content-error.ts';
import { readSource } from './article-source.ts';
import { parseGlossaryEntry } from './glossary.ts';
import { compileRules } from './boilerplate-rules.ts';

/** The errors `run` throws, each as the editor reads it. */
function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return (error instanceof ContentErrors ? error.errors : [error as never]).map((e: { format(): string }) => e.format());
  }
  return [];
}
const problems = (frontMatter: string) => errorsOf(() => readSource('content/articles/2024-x.txt', `---\n${frontMatter}\n---\nBody text.\n`));
const glossaryProblems = (text: string) => errorsOf(() => parseGlossaryEntry({ file: 'content/glossary/data.yaml', text }));

const valid = 'title: T\npublisher: P\npublished: "2024"\nsummary: S';

describe('plain messages', () => {
  it('says which field is missing and to add its line', () => {
    expect(problems('publisher: P\npublished: "2024"\nsummary: S')).toEqual(['content/articles/2024-x.txt:2: title: missing — add a title: line']);
  });

  it('says to keep one of two lines that write the same field', () => {
    expect(problems(`${valid}\ntitle: B`)).toEqual([expect.stringMatching(/^content\/articles\/2024-x\.txt:6: invalid YAML: Map keys must be unique.* — a field is written twice: keep one of the two lines$/)]);
  });

  it('says once what is wrong with a line YAML reports twice (an unquoted pattern holding ": ")', () => {
    expect(problems(`${valid}\nboilerplate:\n  - drop: (?: by| credit)?: Reuters$`)).toEqual([expect.stringMatching(/^content\/articles\/2024-x\.txt:7: invalid YAML: .* — quote a value that holds ": "/)]);
  });

  it('says to line up a field or a list item indented unlike the others at its level', () => {
    expect(problems(`${valid}\nauthors:\n  - A\n  B`)).toEqual([expect.stringMatching(/^content\/articles\/2024-x\.txt:8: invalid YAML: All mapping items must start at the same column — start this line with as many spaces as the lines of its level above it/)]);
  });

  it('says to quote a value in { } that a comma cut in two, rather than calling its rest an unknown field', () => {
    const entry = (source: string) => ['term: Data', 'hanzi: 数据', 'pinyin: shùjù', 'category: concept', 'summary: S', 'definition: D', 'sources:', `  - ${source}`].join('\n');
    expect(glossaryProblems(entry('{ title: Guiding Opinions, Part 1, url: https://example.org/ }'))).toEqual([
      'content/glossary/data.yaml:8: sources.0.Part 1: unknown field — inside { } a comma ends a value: put the value before it in quotes (title: "Law, Part 1")',
    ]);
    expect(glossaryProblems(entry('{ title: Guiding Opinions, url: https://example.org/, lang: en }'))).toEqual([expect.stringMatching(/sources\.0\.lang: unknown field — remove it or correct its spelling/)]);
  });

  it('names an unknown field and lists the fields there are', () => {
    expect(problems(`${valid}\ntitel: T`)).toEqual([expect.stringMatching(/^content\/articles\/2024-x\.txt:6: titel: unknown field — remove it or correct its spelling; the fields are title, authors, publisher, published, url, summary, boilerplate, ignore/)]);
  });

  it('tells to quote a pattern YAML read as a list, and says how to write a list', () => {
    expect(problems(`${valid}\nboilerplate:\n  - drop: [Sponsored]`)).toEqual([expect.stringMatching(/boilerplate\.0\.drop: should be text — quote the pattern in YAML, e.g. drop: '\^Sponsored\$'|boilerplate\.0: is not a rule — write each rule as - drop: '<pattern>'/)]);
    expect(problems(`${valid.replace('title: T', 'title: T\nauthors: Jane Doe')}`)).toEqual([expect.stringMatching(/authors: should be a list — write it as a list: authors: \[first, second\]/)]);
  });

  it('gives one message per bad date, with the fix that date needs', () => {
    const dated = (value: string) => problems(valid.replace('published: "2024"', `published: ${value}`));
    expect(dated('"2024-02-30"')).toEqual(['content/articles/2024-x.txt:4: published: is not a real calendar date — check the month (01–12) and that the day exists in that month']);
    expect(dated('March 5, 2024')).toEqual(['content/articles/2024-x.txt:4: published: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD — write it in quotes as YYYY-MM-DD, YYYY-MM or YYYY, e.g. published: "2024-03-05"']);
    expect(dated('2024')).toEqual(['content/articles/2024-x.txt:4: published: should be text — write the date in quotes, e.g. published: "2024"']);
  });

  it('names the line and column of an invisible control character, and reads Word\'s and PDFs\' line breaks as line ends', () => {
    const read = (text: string) => readSource('content/articles/2024-x.txt', `---\n${valid}\n---\n${text}`);
    expect(() => read('First line.\nThe plan \u001b[31m in red.\n')).toThrow(expect.objectContaining({ line: 8, message: 'column 10 holds the invisible control character U+001B' }));
    expect(() => read('Quoted \u0085 ellipsis.\n')).toThrow(expect.objectContaining({ hint: expect.stringMatching(/went through another encoding/) }));
    expect(read('One line\u000bnext line\fnext page\n').body).toBe('One line\nnext line\nnext page\n');
    expect(problems(valid.replace('title: T', 'title: "Bell \\a here"'))).toEqual([expect.stringMatching(/^content\/articles\/2024-x\.txt:2: this value holds the invisible control character U\+0007 — delete it/)]);
  });

  it('says how to fix a pattern that is not a regular expression', () => {
    expect(() => compileRules([{ drop: '^(Sponsored$' }], 'content/articles/2024-x.txt', 2)).toThrow(expect.objectContaining({ hint: expect.stringMatching(/quote the pattern in single quotes in YAML/) }));
  });
});
