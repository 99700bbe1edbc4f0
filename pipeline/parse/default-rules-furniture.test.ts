/**
 * The default rules (content/boilerplate.yaml) on a post's labels, author-card links and a state
 * site's footer, from editor trials of stop 40 (each line's page named beside it), and sentences
 * shaped like them that must stay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseDefaultRules } from '../read/boilerplate-rules.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const defaults = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');

/** Which of `chrome` the default rules drop (line numbers from 1), and whether every line of `kept` is still read. */
function apply(chrome: string[], kept: string[]) {
  const report = createParseReport();
  const tree = parseCapture([...chrome, '', ...kept, 'The plan sets out how the ministries will share data.'].join('\n'), { title: 'T', rules: [defaults], report });
  return { dropped: report.dropped.flatMap((drop) => drop.lines).sort((a, b) => a - b), text: toString(tree) };
}

/** The rules drop every line of `chrome` and keep every line of `kept`. */
function expectDropsOnly(chrome: string[], kept: string[]) {
  const { dropped, text } = apply(chrome, kept);
  expect(dropped).toEqual(chrome.map((_, i) => i + 1));
  for (const line of kept) expect(text).toContain(line.replace(/^• /u, ''));
}

describe('the default rules', () => {
  it('drop a post\'s reading time among its labels, its dated list items and an update stamp without the year, not sentences naming a reading time', () => {
    const chrome = [
      'Client Alert | 8 min read | 01.13.25', // Crowell & Moring, 2025-01-13
      '• 3 min read', // a Wix blog (middleway.ai), 2025-12-18
      '• Dec 18, 2025',
      'Updated: Jan 6',
    ];
    const kept = ['It is a 5 min read | the ministry said it would publish the full plan in March.', 'Updated: January 6 brought the rules into force.', '• Dec 18, 2025 is when the rules take effect.'];
    expectDropsOnly(chrome, kept);
  });

  it('drop the "More >" link under an author card, not a sentence ending in an arrow', () => {
    const { dropped, text } = apply(['More >', 'Read more →'], ['More data flows > fewer rules, the ministry argued.']); // Carnegie Endowment, 2022-11
    expect(dropped).toEqual([1, 2]);
    expect(text).toContain('More data flows > fewer rules');
  });

  it('drop a state site\'s footer (copyright bar, identification code, registration number, rights notice), not text about registration or rights', () => {
    const chrome = [
      'Copyright© | About us | Contact us', // english.www.gov.cn, 2024-01-05
      'Website Identification Code bm01000001 Registration Number: 05070218',
      'Website Identification Code bm01000001',
      'Registration Number: 05070218',
      'All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to',
      'Without written authorization from, such content shall not be republished or used in any form.',
    ];
    const kept = ['Registration Number: platforms must show it on every page, the CAC said.', 'All rights reserved to data holders are defined in Article 7.'];
    expectDropsOnly(chrome, kept);
  });

  it('drop a journal host\'s metrics panel and figure links, not sentences counting views or citations', () => {
    const chrome = [
      '6,543', // Taylor & Francis (Journal of Contemporary China, 2023; Journal of Taibah University for Science, 2015)
      'Views',
      'CrossRef citations to date',
      'Altmetric',
      'Free access',
      'Pages 351-356 | Published online: 16 Apr 2018',
      'Display full size',
      'Download CSV Display Table',
    ];
    const kept = ['Views differ on whether the CAC will enforce the rules.', '6,543 firms filed data export assessments by June.', 'Altmetric scores rose for papers on the law.'];
    expectDropsOnly(chrome, kept);
  });

  it('drop a metered paywall\'s box, not sentences about trials or accounts', () => {
    const chrome = [
      'You have out of 5 free articles left for the month', // DataGuidance, 2022-07
      'Signup for a trial to access unlimited content.',
      'Start Trial',
      'Start your free trial to access unlimited articles, resources, guidance notes, and workspaces.',
      'Create an account to continue accessing select articles, resources, and guidance notes.',
    ];
    const kept = ['You have 30 days left to comment on the draft, the CAC said.', 'Start trial operations of the exchange in March.', 'Create an account to continue trading was the exchange\'s instruction to members in 2023.'];
    expectDropsOnly(chrome, kept);
  });

  it('drop a section break\'s ornament, not a line that starts with marks and goes on in words', () => {
    // "* * *" was read as a list item "* *" (a spaced separator, read41's trials, stop 41).
    expectDropsOnly(['* * *', '— — —', '◆ ◆ ◆', '~ ~ ~', '-----'], ['— — — the three dashes stand for the years the ministry left blank.']);
  });

  it('drop a tag panel\'s line, its label and the tags glued on (MOFCOM, stop 42), not a sentence about tags', () => {
    const chrome = ['Tag: press conferenceforeign investmentexport', 'Tags: China, AI, export controls'];
    const kept = ['Tagging data by its level of risk is what the catalogue asks of every handler.', 'The tag the ministry uses is "important data".'];
    expectDropsOnly(chrome, kept);
  });

  it('drop a date line with the time and its zone before the date (The Japan News, stop 42), not a sentence starting with a time', () => {
    // japannews.yomiuri.co.jp/world/asia-pacific/20230801-126902/
    expectDropsOnly(['17:52 JST, August 1, 2023'], ['17:52 JST, August 1, 2023 was when the controls took effect in Beijing.']);
  });

  it('drop a blog\'s archive label and Substack\'s paid-post line (Transpacifica, trumbletimes.com, Sinocism; stop 42), not sentences about archives or subscribers', () => {
    const chrome = ['Author Archives: Graham Webster', 'Tag Archives: China', 'This post is for paying subscribers', 'Comments on this post are for paying subscribers'];
    const kept = ['Author archives at the ministry hold the drafts: the State Archives Administration keeps them.', 'This post is for paying subscribers who asked about the data rules, and for everyone else.'];
    expectDropsOnly(chrome, kept);
  });
});

