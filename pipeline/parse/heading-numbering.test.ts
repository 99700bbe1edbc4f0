/**
 * Section numbers as Chinese documents and the law firms that translate them write them
 * (一、 (一) 1. (1) → "I." "(I)" "1." "(1)"): each level heads its section, nested by rank.
 * Lines quoted from King & Wood Mallesons' China Law Insight (reader QA round 36).
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';

const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.';
const parse = (lines: string[]) => outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [] }));

describe('parenthesized section numbers', () => {
  it('takes "(I) …" and a title-case "(1) …" for headings under "I. …" (KWM)', () => {
    expect(parse([
      'I.The Data Security Law’s Proactive Response to the Comprehensive Digital Era',
      '(I) “Data security” Becomes an Issue of Global Competition and Cooperation',
      '(1) Coping With the Global Digital Sovereignty Wave',
      PROSE,
    ])).toEqual([
      'h2 I.The Data Security Law’s Proactive Response to the Comprehensive Digital Era',
      'h3 (I) “Data security” Becomes an Issue of Global Competition and Cooperation',
      'h4 (1) Coping With the Global Digital Sovereignty Wave',
      `p ${PROSE}`,
    ]);
  });

  it('leaves a numbered clause in sentence case, or one ending like a sentence, as text', () => {
    for (const line of ['(1) collecting personal information without consent', '(1) The State Council shall issue the catalogue;', '(2) Data Handlers and Their Duties in the law, as the ministry reads them, are many.']) {
      expect(parse([line, PROSE])[0], line).toBe(`p ${line}`);
    }
  });
});
