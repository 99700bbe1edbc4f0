/**
 * Lines written "> text", as plain text quotes (an e-mail, a newsletter, a Medium post that uses
 * them as points; reader QA round 36): one quotation, its lines joined as a wrapped paragraph's.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';

const parse = (lines: string[]) => outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [] }));
const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.';

describe('quotations', () => {
  it('makes "> " lines one quotation, a paragraph per sentence-ended line, under the heading above them (Medium)', () => {
    expect(parse([
      PROSE,
      'The good',
      '> the overall mindset of the regulator drafting this text is on national safety and public order.',
      '> data/network security remains a priority, the first step is a standard grading: MLPS 2.0 .',
      'The bad',
    ])).toEqual([
      `p ${PROSE}`,
      'h2 The good',
      'quote',
      '  p the overall mindset of the regulator drafting this text is on national safety and public order.',
      '  p data/network security remains a priority, the first step is a standard grading: MLPS 2.0 .',
      'p The bad',
    ]);
  });

  it('joins a quotation hard-wrapped as e-mail wraps it, and keeps the line after it apart', () => {
    expect(parse([
      '> The state will establish a data classification and grading protection system and',
      '> formulate catalogues of important data.',
      'That is what the draft says.',
    ])).toEqual(['quote', '  p The state will establish a data classification and grading protection system and formulate catalogues of important data.', 'p That is what the draft says.']);
  });

  it('leaves ">>>Welcome", ">text" and a breadcrumb\'s ">" as text', () => {
    for (const line of ['>>>Welcome to the site.', '>text without a space.', 'Home > Insights > Data.']) expect(parse([line])[0], line).toBe(`p ${line}`);
  });
});
