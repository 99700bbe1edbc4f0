/**
 * Guessed front matter that nobody checked. Excerpt: Reuters, "China issues notice on cyber
 * security loophole management" (2021-07-13).
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../corpus.ts';
import { scaffoldArticle } from '../editor/article-scaffold.ts';
import { unreviewedGuesses } from './front-matter-review.ts';

const pasted = [
  ' date 2021-07-13 China',
  'China issues notice on cyber security loophole management',
  "BEIJING, July 13 (Reuters) - China's Ministry of Industry and Information Technology on Tuesday issued a notice on cyber security loophole management.",
].join('\n');
const file = 'content/articles/2021-reuters-notice.txt';
const scaffolded = scaffoldArticle({ text: pasted, url: 'https://www.reuters.com/world/china/notice/' }).text;
const lineOf = (text: string, field: string) => text.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 1;

describe('front matter article:new guessed', () => {
  it('is a warning at each guessed field until the editor deletes its review comment', () => {
    const warnings = unreviewedGuesses([{ file, text: scaffolded }]).map((w) => w.format());
    expect(warnings).toEqual(['title', 'authors', 'publisher', 'published', 'summary'].map((field) => expect.stringMatching(new RegExp(`^${file}:${lineOf(scaffolded, field)}: ${field}: guessed by article:new and not checked yet \\(review: .+\\) — check the value, then delete the "# review: …" comment$`))));
    expect(warnings[2]).toContain('(review: guessed from the address');
    const checked = scaffolded.replace(/ # review: .*$/gm, '');
    expect(unreviewedGuesses([{ file, text: checked }])).toEqual([]);
    // Only the fields still marked are named.
    const partly = scaffolded.replace(/^(publisher: .*?) # review: .*$/m, '$1');
    expect(unreviewedGuesses([{ file, text: partly }]).map((w) => w.message.split(':')[0])).toEqual(['title', 'authors', 'published', 'summary']);
  });

  it('is read from the front matter only, and in a file saved with Windows line ends', () => {
    const body = scaffolded.replace(/ # review: .*$/gm, '') + '\n# review: a Markdown heading in the article text\n';
    expect(unreviewedGuesses([{ file, text: body }])).toEqual([]);
    expect(unreviewedGuesses([{ file, text: scaffolded.replace(/\n/g, '\r\n') }])).toHaveLength(5);
  });

  it('reaches the lint and the build as warnings, not errors', () => {
    const { errors, warnings } = checkCorpus({ boilerplate: { file: 'content/boilerplate.yaml', text: '[]\n' }, glossary: [], articles: [{ file, text: scaffolded }] });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.format()).filter((w) => w.includes('article:new'))).toHaveLength(5);
  });
});
