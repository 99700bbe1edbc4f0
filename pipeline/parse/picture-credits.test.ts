/**
 * A picture's credit on a line of its own, in the forms China Daily writes it, goes with the
 * caption directly above it (picture-credits.ts); lines quoted from the pages named.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const PROSE = 'The value of China\'s digital economy reached 45.5 trillion yuan last year, accounting for 39.8 percent of GDP.';

function parse(lines: string[]) {
  const report = createParseReport();
  const tree = parseCapture(lines.join('\n'), { title: 'T', rules: [], report });
  return { text: toString(tree), dropped: report.dropped.map((drop) => [drop.rule, drop.lines]) };
}

describe('a credit alone on its line, in China Daily\'s forms', () => {
  it('goes in capitals in brackets ("(JIN DING/CHINA DAILY)", ecns.cn) and in square brackets ("[Photo/VCG]"), with the caption above it', () => {
    expect(parse(['(JIN DING/CHINA DAILY)', '', PROSE]).dropped).toEqual([['parser: picture-credit', [1]]]);
    const { text, dropped } = parse(['Two women look at a mobile photo in Jilin city', '[Photo/VCG]', '', PROSE]);
    expect(dropped).toEqual([['parser: picture-caption', [1]], ['parser: picture-credit', [2]]]);
    expect(text).toBe(PROSE);
    expect(parse(['[Photo by Liang Zhen/zjol.com.cn]', '', PROSE]).dropped).toEqual([['parser: picture-credit', [1]]]);
  });

  it('is not a bracketed pair of single words or an aside in brackets', () => {
    for (const line of ['(WTO/OECD)', '(US/EU)', '[Photo essay]', '[Picture this]']) expect(parse([line, '', PROSE]).dropped, line).toEqual([]);
  });
});
