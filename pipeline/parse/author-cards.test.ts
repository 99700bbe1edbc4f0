/** Author cards inside the text (author-cards.ts), lines quoted from Carnegie Endowment's post of 2022-11 (editor trial, stop 40). */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const PROSE = 'These are valid questions with complex answers, but they overlook the core driver of China’s algorithm regulations.';
const authors = ['Matt Sheehan', 'Sharon Du'];

function parse(lines: string[]) {
  const report = createParseReport();
  const blocks = outline(parseCapture([PROSE, '', ...lines, '', PROSE].join('\n'), { title: 'How Food Delivery Workers Shaped Chinese Algorithm Regulations', authors, rules: [], report }));
  return { blocks, dropped: Object.fromEntries(report.dropped.map((drop) => [drop.rule, drop.lines])) };
}

describe('author cards', () => {
  it('drops the short bio under an author\'s name alone between paragraphs, as the header already names the author', () => {
    const { blocks, dropped } = parse(['Matt Sheehan', '', 'Matt Sheehan is a fellow at the Carnegie Endowment for International Peace, where his research focuses on global technology issues.']);
    expect(dropped['parser: byline-echo']).toEqual([3]);
    expect(dropped['parser: author-card']).toEqual([5]);
    expect(blocks).toEqual([`p ${PROSE}`, `p ${PROSE}`]);
  });

  it('keeps a paragraph that opens with the author\'s name without the name alone above it, a long one, and one about someone else', () => {
    const about = 'Sharon Du is a James C. Gaither Junior Fellow in the Carnegie Asia Program.';
    expect(parse([about]).dropped['parser: author-card']).toBeUndefined();
    expect(parse(['Sharon Du', '', `${about} ${PROSE.repeat(4)}`]).dropped['parser: author-card']).toBeUndefined();
    expect(parse(['Sharon Du', '', 'Meituan is a food delivery platform that controls half of the market.']).dropped['parser: author-card']).toBeUndefined();
  });
});
