/**
 * A press conference's transcript as the State Council Information Office prints it, each speaker's
 * name on a line of its own above the words. Excerpts: "SCIO briefing on promoting high-quality
 * development: National Data Administration" (english.scio.gov.cn/pressroom/node_9008494.htm, 2024-07-22)
 * and "SCIO briefing on the 4th Digital China Summit" (english.scio.gov.cn/pressroom/node_8023111.htm,
 * with its page 9, content_77342190_9.htm, 2021-03-19).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseDefaultRules } from '../read/boilerplate-rules.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const defaults = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');

function parse(lines: string[]) {
  const report = createParseReport();
  const tree: Root = parseCapture(lines.join('\n'), { title: 'SCIO briefing', rules: [defaults], report });
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
  const dropped = Object.fromEntries(report.dropped.map((drop) => [drop.rule, drop.lines]));
  return { texts: paragraphs.map((p) => toString(p)), paragraphs, dropped };
}

const welcome = 'Ladies and gentlemen, good afternoon. Welcome to this press conference held by the State Council Information Office (SCIO), as part of the series "Promoting High-Quality Development."';
const intro = 'I would like to express my gratitude to you all for your interest in and care for the data-related work.';
const question = 'What measures has the NDA taken to advance data infrastructure construction, and what specific work will be undertaken going forward? Thank you.';

const nda = [
  'Beijing | 3 p.m. July 22, 2024', '', 'Read in Chinese', '', 'Speakers:', '', 'Mr. Liu Liehong, administrator of the National Data Administration (NDA)', '',
  'Chairperson:', '', 'Ms. Xing Huina, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO', '',
  'Date:', '', 'July 22, 2024', '', '', 'Xing Huina: ', '', welcome, '', 'Liu Liehong:', '', intro, '', 'China Financial and Economic News:', '', question, '',
  'Liu Liehong:', '', 'Mr. Du, please answer the questions. ',
];

describe('a transcript\'s speaker labels', () => {
  it('join the words under them, the label strong, and the page\'s dateline and the "Date:" label of a dropped date go (SCIO, 2024-07-22)', () => {
    const { texts, paragraphs, dropped } = parse(nda);
    expect(texts).toEqual([
      'Speakers:', 'Mr. Liu Liehong, administrator of the National Data Administration (NDA)',
      'Chairperson:', 'Ms. Xing Huina, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO',
      `Xing Huina: ${welcome}`, `Liu Liehong: ${intro}`, `China Financial and Economic News: ${question}`, 'Liu Liehong: Mr. Du, please answer the questions.',
    ]);
    expect(paragraphs[4].children.slice(0, 2)).toEqual([{ type: 'strong', children: [{ type: 'text', value: 'Xing Huina:' }] }, { type: 'text', value: ' ' }]);
    expect(paragraphs[0].children.map((child) => child.type)).toEqual(['text']);
    expect(dropped['parser: orphan-label']).toEqual([13]);
    expect(Object.entries(dropped).filter(([, lines]) => lines.includes(1) || lines.includes(3)).map(([rule]) => rule)).toHaveLength(2);
  });

  it('join a newspaper\'s question and a mayor\'s answer under the host\'s opening (SCIO, 2021-03-19), not a lone label over a paragraph, nor two labels each used once', () => {
    const opening = 'Ladies and gentlemen, good morning! The 4th Digital China Summit will take place in Fuzhou, Fujian province from April 25 to 26.';
    const asked = 'How has Fuzhou\'s history in education and in having international ties made a difference today in its economic development and in its digital development? Thank you.';
    const answered = 'Thank you very much for your question. Fuzhou has a relatively long history of foreign exchanges.';
    const { texts } = parse(['Chen Wenjun:', '', opening, '', 'New York Times:', asked, 'You Mengjun:', answered]);
    expect(texts).toEqual([`Chen Wenjun: ${opening}`, `New York Times: ${asked}`, `You Mengjun: ${answered}`]);
    expect(parse(['Note:', '', answered]).texts).toEqual(['Note:', answered]);
    expect(parse(['New York Times:', '', asked, '', 'You Mengjun:', '', answered]).texts).toEqual(['New York Times:', asked, 'You Mengjun:', answered]);
  });
});
