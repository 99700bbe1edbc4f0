/**
 * A table of contents copied with the page goes when the body repeats its first entry after it
 * (reader QA of stops 36–38: Jamestown's "IN THIS ISSUE:"); a label whose entries are not repeated stays.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { createParseReport } from './parse-report.ts';
import { parseCapture } from './capture.ts';

const PROSE = 'In March, the National People’s Congress and the Chinese People’s Political Consultative Conference both convened their full annual sessions in Beijing.';

function parse(lines: string[]) {
  const report = createParseReport();
  const blocks = outline(parseCapture(lines.join('\n\n'), { title: 'A Title', rules: [], report }));
  return { blocks, dropped: report.dropped.filter((d) => d.rule === 'parser: contents').flatMap((d) => d.lines) };
}

describe('a copied table of contents', () => {
  it('drops an issue\'s contents, label and entries, when the body repeats the first entry (Jamestown China Brief)', () => {
    const { blocks, dropped } = parse([
      'IN THIS ISSUE:',
      'Propaganda Themes at the CPPCC Stress the “Sinicization” of Religion By John Dotson',
      'China’s Seventh-Generation Leadership Emerges onto the Stage By Willy Lam',
      'Learning Without Fighting: New Developments in PLA Artificial Intelligence War-Gaming By Elsa Kania',
      'Propaganda Themes at the CPPCC Stress the “Sinicization” of Religion By John Dotson Introduction',
      PROSE,
    ]);
    expect(blocks).toEqual(['p Propaganda Themes at the CPPCC Stress the “Sinicization” of Religion By John Dotson Introduction', `p ${PROSE}`]);
    expect(dropped).toEqual([1, 3, 5, 7]);
  });

  it('drops a report\'s "Contents" with page numbers when the first section follows', () => {
    const { blocks } = parse(['Contents', 'Introduction 3', 'The Creation of a Digital Backbone 8', 'Conclusion 19', 'Introduction', PROSE]);
    expect(blocks).toEqual(['h2 Introduction', `p ${PROSE}`]);
  });

  it('keeps a label whose entries the body does not repeat, and a "Contents" line above prose', () => {
    const entries = ['IN THIS ISSUE:', 'China’s Seventh-Generation Leadership Emerges onto the Stage By Willy Lam', 'China’s Diplomatic Moves Amidst the India-Pakistan Conflict By Adnan Aamir'];
    expect(parse([...entries, PROSE]).dropped).toEqual([]);
    expect(parse([PROSE, 'Contents', PROSE]).dropped).toEqual([]);
  });
});
