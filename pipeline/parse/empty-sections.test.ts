/**
 * Numbered section heads with nothing under them (empty-sections.ts): a collapsed section whose
 * text was never captured (Digital Policy Alert, reader QA of stop 36).
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const PROSE = 'Algorithmic recommendation service providers shall inform users in a clear manner of the services they provide.';

function parse(lines: string[]) {
  const report = createParseReport();
  const blocks = outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [], report }));
  return { blocks, report, dropped: report.dropped.find((drop) => drop.rule === 'parser: empty-section')?.lines ?? [] };
}

describe('empty sections', () => {
  it('drops the numbered heads with nothing under them, and a chapter left with none, and reports them', () => {
    const { blocks, report, dropped } = parse(['Chapter I General Provisions', 'Chapter II Regulation of Information Services', 'Chapter III Protection of User Rights', 'Article 16', PROSE, 'Article 17', 'Article 18', 'Chapter IV Supervision and Management', 'Article 23']);
    expect(blocks).toEqual(['h2 Chapter III Protection of User Rights', 'h3 Article 16', `p ${PROSE}`]);
    expect(dropped).toEqual([9, 8, 7, 6, 2, 1]);
    expect(report.headings.map((h) => h.text)).toEqual(['Chapter III Protection of User Rights', 'Article 16']);
  });

  it('keeps a chapter over its articles, a document\'s title over its first chapter, and a head over a list', () => {
    const title = 'Interim Procedures of Shanghai Municipality on Data Trading Venues';
    expect(parse([title, 'Chapter I General Provisions', 'Article 1', PROSE]).blocks).toEqual([`h2 ${title}`, 'h2 Chapter I General Provisions', 'h3 Article 1', `p ${PROSE}`]);
    expect(parse(['Article 2', '• the first duty', '• the second duty']).blocks[0]).toBe('h2 Article 2');
  });
});
