/** A related-links box copied into a news page's text (China Daily's pages of 2008-2012): the links start with the article's title. */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const TITLE = "China to crack down on 'illegal' activities on Internet";
const PROSE = 'Over the past several years, some publicity activities conducted over the Internet have violated the country\'s disciplines and laws, it said.';

function parse(lines: string[]) {
  const report = createParseReport();
  const tree = parseCapture([PROSE, ...lines, PROSE].join('\n'), { title: TITLE, rules: [], report });
  return { text: toString(tree), related: report.dropped.find((drop) => drop.rule === 'parser: related')?.lines ?? [] };
}

describe('related links', () => {
  it('drops the label and the links that start with the article\'s title glued to another headline (China Daily, 2011)', () => {
    const { text, related } = parse([
      'Related readings: ',
      `${TITLE} Investors flock to China's mobile Internet industry`,
      `${TITLE} Baidu, Tencent, Alibaba forming oligopoly on Chinese Internet`,
    ]);
    expect(related).toEqual([2, 3, 4]);
    expect(text).not.toMatch(/Related readings|Investors flock|oligopoly/u);
  });

  it('keeps a label over lines that do not start with the title, and a sentence that starts with it', () => {
    const { text, related } = parse(['Related readings:', 'Investors flock to China\'s mobile Internet industry', `${TITLE}, the ministry said on Monday, and others agreed.`]);
    expect(related).toEqual([]);
    expect(text).toContain('Related readings:');
    expect(text).toContain('the ministry said on Monday');
  });
});
