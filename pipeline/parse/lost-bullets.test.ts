/**
 * A list whose bullets the copy lost (ChinaTalk's "we discuss:" and four clauses, reader QA of
 * stop 38) is a list again; paragraphs under a colon stay paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';

const parse = (lines: string[]) => outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [] }));
const INTRO = 'How do Chinese cyber laws and regulations affect multinational companies, and US-China relations? Samm Sacks walks us through the latest developments — we discuss:';
const ITEMS = [
  'Why Chinese data policy has been on front-page news in the past few years;',
  'What China is hoping to gain from its new laws and regulations;',
  'The status of TikTok negotiations, and the prospects of a deal given today’s political climate;',
  'How the US and China can — yet sometimes don’t — leverage their data policy infrastructure against one another.',
];
const AFTER = 'This week’s newsletter and podcast is sponsored by Policyware, who are hosting a course taught by Samm Sacks on China’s digital governance policies.';

describe('a list whose bullets were lost', () => {
  it('reads clauses ending on semicolons under a line ending on a colon as a list (ChinaTalk)', () => {
    expect(parse([INTRO, ...ITEMS, AFTER])).toEqual([`p ${INTRO}`, 'ul', ...ITEMS.map((item) => `  li ${item}`), `p ${AFTER}`]);
  });

  it('ends a list with no full stop on its last semicolon: a sentence after it, longer or in the other case, is no item', () => {
    const items = ITEMS.slice(0, 3);
    expect(parse([INTRO, ...items, AFTER])).toEqual([`p ${INTRO}`, 'ul', ...items.map((item) => `  li ${item}`), `p ${AFTER}`]);
    const lower = ['illegally obtaining personal information;', 'selling personal information;', 'providing it to others without consent;'];
    // (Blank lines apart: one under another, a line in lower case goes on the one above, as a hard wrap.)
    expect(parse(['The law prohibits:', ...lower, 'Violators are fined.'].flatMap((line) => [line, '']))).toEqual(['p The law prohibits:', 'ul', ...lower.map((item) => `  li ${item}`), 'p Violators are fined.']);
  });

  it('leaves two clauses, and paragraphs under a colon, as paragraphs', () => {
    expect(parse([INTRO, ITEMS[0], ITEMS[3], AFTER])).toEqual([`p ${INTRO}`, `p ${ITEMS[0]}`, `p ${ITEMS[3]}`, `p ${AFTER}`]);
    expect(parse([INTRO, AFTER, AFTER.replace('This week’s', 'Next week’s')])).not.toContain('ul');
  });
});
