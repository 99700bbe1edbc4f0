/**
 * The date stamp a web store glues before a capture's first line. Excerpts: CNBC, "China finalizes
 * first-of-its-kind rules governing generative A.I. services like ChatGPT" (cnbc.com/2023/07/13/…, 2023-07-13);
 * Malay Mail, "China launches campaign targeting 'online disorder' involving minors" (malaymail.com/news/world/2022/07/18/…/18066);
 * Telecompaper, "China approves major privacy law to protect personal data" (telecompaper.com/news/…--1394361, 2021-08-20);
 * ChinaTechNews, "China issues temporary rules for generative AI services" (chinatechnews.com/2023/07/13/97613-…).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseDefaultRules } from '../read/boilerplate-rules.ts';
import { scaffoldArticle } from '../editor/article-scaffold.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const defaults = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');

function parse(lines: string[], title = 'A Title') {
  const report = createParseReport();
  const tree = parseCapture(lines.join('\n'), { title, rules: [defaults], report });
  return { paragraphs: tree.children.map((node) => toString(node)), report };
}

const lede = 'Chinese regulators on Thursday finalized first-of-its-kind rules governing generative artificial intelligence as the country looks to ramp up oversight of the rapidly-growing technology.';
const next = 'The powerful Cyberspace Administration of China (CAC) said it worked with several other regulators to come up with the new regulation that will come into effect on Aug. 15.';

describe('a web store\'s date stamp', () => {
  it('goes alone from the first paragraph it is glued to, which stays (CNBC), and from a caption stamped with a month (Malay Mail)', () => {
    const { paragraphs, report } = parse([` date 2023-07-13 ${lede}`, '', next]);
    expect(paragraphs).toEqual([lede, next]);
    expect(report.dropped).toEqual([{ rule: 'parser: date-stamp', lines: [], chars: 'date 2023-07-13'.length }]);
    const caption = 'China is regulating online spaces to clean up what it calls \'online disorder\'. — AFP pic';
    // … which then meets its own rules: a Malaysian paper's caption, its credit after a dash, goes (stop 42).
    const stamped = parse([` date 2022-07 ${caption}`, '', next]);
    expect(stamped.paragraphs).toEqual([next]);
    expect(stamped.report.dropped.map((drop) => drop.rule)).toEqual([expect.stringMatching(/^drop: .*pics\?/u), 'parser: date-stamp']);
  });

  it('goes with the few words of chrome it is glued to, reported with its line (Telecompaper, ChinaTechNews)', () => {
    for (const chrome of ['Edition: International', 'The Digital Source For China\'s Tech Innovation Since 2000']) {
      const { paragraphs, report } = parse([` date 2021-08-20 ${chrome}`, next]);
      expect(paragraphs).toEqual([next]);
      expect(report.dropped).toEqual([{ rule: 'parser: date-stamp', lines: [1], chars: `date 2021-08-20 ${chrome}`.length }]);
    }
  });

  it('is no part of the summary article:new drafts from the paragraph it is glued to (CNBC)', () => {
    const { text } = scaffoldArticle({ text: [' date 2023-07-13 ' + lede, next].join('\n'), rules: defaults });
    expect(/^summary: "(?<summary>[^"]*)"/mu.exec(text)?.groups?.summary).toBe(lede);
  });
});
