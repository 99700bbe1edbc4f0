/** Generated front matter is written exactly as the yaml package writes it, whatever the text holds. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { frontMatterYaml } from './front-matter-yaml.ts';

const viaPackage = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/** Characters the package may quote, escape or fold, with ordinary Latin and Han text. */
const PIECES = ['a', 'Z', ' ', '  ', '中国', '“', '’', '"', "'", '\\', '\n', '\n\n', '\t', '\r', '\u0000', '\u0007', '\u001b', '\u0085', '\u00a0', '\u2028', '\u2029', '\ud800', '\udc00', '😀', '#', ': ', '- ', '---', '...', '%', '&', '*', '!', '|', '>', '{', '[', '@', '`', 'null', 'true', '1', '0x1F', '.inf', '~'];

/** A deterministic pseudo-random text of up to 60 pieces. */
function texts(count: number): string[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 60) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
}

describe('front matter YAML', () => {
  it('matches the yaml package for an ordinary article', () => {
    const data = { title: '‘Internet Plus’ and China’s rural economy', authors: ['Lincoln E. Davidson'], publisher: 'The Diplomat', published: '2015-07-30', url: 'https://example.org/a?b=1#c', summary: 'Plan: 互联网+, “quality and efficiency”.', terms: ['internet-plus', 'state-council'], readingMinutes: 7 };
    expect(frontMatterYaml(data)).toBe(viaPackage(data));
  });

  it('matches it for any text, empty lists, undefined fields, and values it hands to the package', () => {
    for (const text of texts(3000)) {
      const data = { title: text, authors: [text, 'x'], summary: text.trim(), terms: [], url: undefined, readingMinutes: 3 };
      expect(frontMatterYaml(data), JSON.stringify(text)).toBe(viaPackage(data));
    }
    for (const data of [{ readingMinutes: 1.5 }, { readingMinutes: -0 }, { published: new Date(0) }, { flag: true }, { null: 'x' }, { 'two words': 'x' }, { nested: { a: 'b' } }, {}]) {
      expect(frontMatterYaml(data)).toBe(viaPackage(data));
    }
  });
});
