import { describe, expect, it } from 'vitest';
import { convertCorpus, type CorpusInput } from './index.ts';
import { ContentErrors } from './content-error.ts';
import { corpus } from '../tests/support/corpus.ts';

const withArticles = (...articles: CorpusInput['articles']): CorpusInput => ({ ...corpus, articles });

describe('convertCorpus', () => {
  it('gives identical bytes for the same corpus', () => {
    const a = convertCorpus(corpus).articles.map((x) => x.mdx);
    const b = convertCorpus(corpus).articles.map((x) => x.mdx);
    expect(a).toEqual(b);
    expect(a.join('').length).toBeGreaterThan(10_000);
  });

  it('accepts Markdown sources, annotates them and shows raw HTML as text', () => {
    const md = '---\ntitle: T\npublisher: P\npublished: "2024-02-29"\nsummary: S\n---\n\n## Heading with CAC\n\nThe **CAC** enforces <b>rules</b> on 高质量发展[^a].\n\n[^a]: A note.\n';
    const [article] = convertCorpus(withArticles({ file: 'content/articles/2024-test.md', text: md })).articles;
    // The heading names a term, so it is anchored for the term page as a paragraph is.
    expect(article.mdx).toMatch(/^## <span id="p-[0-9a-f]{8}" \/>Heading with <Term id="cyberspace-administration-of-china" occurrence="1">CAC<\/Term>$/m);
    // The heading's mention is the section's first: the paragraph's is a repeat.
    expect(article.mdx).toContain('**<Term id="cyberspace-administration-of-china" occurrence="2" mention="repeat">CAC</Term>**');
    expect(article.mdx).toContain('<Term id="high-quality-development" occurrence="1"><span lang="zh-CN">高质量发展</span></Term>[^a]');
    expect(article.mdx).toContain('\\<b>rules\\</b>');
  });

  it('reports every broken article in one run with file and line', () => {
    const bad = (name: string, text: string) => ({ file: `content/articles/${name}`, text });
    try {
      convertCorpus(withArticles(
        bad('2020-a.txt', '---\ntitle: A\npublisher: P\npublished: "2020-02-30"\nsummary: S\n---\nBody.\n'),
        bad('2020-b.txt', 'No front matter here.\n'),
        bad('2020-c.txt', '---\ntitle: C\npublished: "2020"\nsummary: S\n---\nBody.\n'),
      ));
      expect.unreachable('conversion should fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentErrors);
      const messages = (error as ContentErrors).errors.map((e) => e.format());
      expect(messages).toEqual([
        expect.stringMatching(/^content\/articles\/2020-a\.txt:4: published: is not a real calendar date/),
        expect.stringMatching(/^content\/articles\/2020-b\.txt:1: missing front matter/),
        expect.stringMatching(/^content\/articles\/2020-c\.txt:2: publisher: /),
      ]);
    }
  });
});
