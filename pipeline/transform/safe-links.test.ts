/** A Markdown article's links run nothing: a script or data address fails the article at its line. */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../content-error.ts';
import { convertCorpus } from '../index.ts';
import { corpus } from '../../tests/support/corpus.ts';
import { urlScheme } from '../../core/link-addresses.ts';

const article = (body: string) => ({ ...corpus, articles: [{ file: 'content/articles/2024-links.md', text: `---\ntitle: T\npublisher: P\npublished: "2024"\nsummary: S\n---\n${body}` }] });

describe('links in Markdown articles', () => {
  it('keeps web, mail and relative addresses', () => {
    const [converted] = convertCorpus(article('[a](https://example.org/x) [b](mailto:a@example.org) [c](#p-1) [d](/glossary/) ![e](https://example.org/e.png)\n')).articles;
    expect(converted.mdx).toContain('[a](https://example.org/x)');
    expect(converted.mdx).toContain('[b](mailto:a@example.org)');
  });

  it('fails the article at the line of each script or data address, naming the fix', () => {
    const errors = (() => {
      try {
        convertCorpus(article('Intro.\n\n[click me](javascript:alert\\(1\\))\n\n![x](data:image/svg+xml,<svg/onload=alert(1)>) and [y][ref]\n\n[ref]: JaVaScRiPt:alert(2)\n'));
      } catch (error) {
        if (error instanceof ContentErrors) return error.errors.map((e) => e.format());
      }
      return [];
    })();
    expect(errors).toEqual([
      expect.stringMatching(/^content\/articles\/2024-links\.md:9: link to a javascript: address \(javascript:alert\(1\)\) — link to an http\(s\) or mailto: address, or write the address as text$/),
      expect.stringMatching(/^content\/articles\/2024-links\.md:11: link to a data: address/),
      expect.stringMatching(/^content\/articles\/2024-links\.md:13: link to a javascript: address/),
    ]);
  });

  it('reads the scheme as a browser does, through whitespace and case', () => {
    expect(urlScheme(' java\nscript:x')).toBe('javascript');
    expect(urlScheme('HTTPS://example.org')).toBe('https');
    expect(urlScheme('glossary/a:b')).toBeUndefined();
    expect(urlScheme('#p-1')).toBeUndefined();
  });
});
