/**
 * An article still named `undated-…` once it has a date. Excerpt: Reuters, "China issues notice
 * on cyber security loophole management" (2021-07-13).
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../corpus.ts';
import { scaffoldArticle } from '../editor/article-scaffold.ts';

const pasted = 'China issues notice on cyber security loophole management\nThe ministry issued a notice on cyber security loophole management on Tuesday, asking network product providers to report flaws within two days.';
const warningsFor = (file: string, text: string) =>
  checkCorpus({ boilerplate: { file: 'content/boilerplate.yaml', text: '[]\n' }, glossary: [], articles: [{ file, text }] })
    .warnings.map((warning) => warning.format())
    .filter((warning) => warning.includes('"undated"'));

describe('an article file named undated', () => {
  const { slug, text } = scaffoldArticle({ text: pasted });
  const dated = text.replace(/^published: .*$/m, 'published: "2021-07"');
  const line = dated.split('\n').findIndex((l) => l.startsWith('published:')) + 1;

  it('is what article:new names a page without a date', () => {
    expect(slug).toMatch(/^undated-china-issues-notice/);
  });

  it('is a warning at the date the editor added, naming the file to rename it to', () => {
    expect(warningsFor(`content/articles/${slug}.md`, dated)).toEqual([
      `content/articles/${slug}.md:${line}: the file is still named "undated" but the article is dated 2021-07 — rename it to ${slug.replace(/^undated/, '2021')}.md (the name is the page's address: rename it before the page is shared)`,
    ]);
  });

  it('is not warned about once renamed, nor is a name with another year than the date (a policy’s year)', () => {
    expect(warningsFor(`content/articles/${slug.replace(/^undated/, '2021')}.md`, dated)).toEqual([]);
    expect(warningsFor('content/articles/2015-cset-made-in-china-2025-translation.md', dated)).toEqual([]);
  });
});
