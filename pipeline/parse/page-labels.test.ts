/**
 * Labels around the title at the top of a page (page-labels.ts): kickers, topic tags and the site's
 * name go, since the article's header shows the title and the publisher. Lines quoted from the
 * pages of the reader QA of stop 36, named in each test.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const TITLE = 'Unpacking China’s game-changing data law';
const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.';

/** The outline of `lines` (the title echoed where `title` stands) followed by prose, and the lines each parser rule dropped. */
function parse(lines: string[], publisher = 'Protocol', authors: string[] = []) {
  const report = createParseReport();
  const body = [...lines.map((line) => (line === 'title' ? TITLE : line)), PROSE].join('\n');
  const blocks = outline(parseCapture(body, { title: TITLE, authors, publisher, rules: [], report }));
  return { blocks, dropped: Object.fromEntries(report.dropped.map((drop) => [drop.rule, drop.lines])) };
}

describe('kickers above the title', () => {
  it('drops the labels stacked directly above the repeated title (Protocol, Carnegie, KrASIA, MIT, East Asia Forum, EUISS)', () => {
    for (const kicker of ['China', 'paper', 'Computing', 'Peer reviewed analysis from world leading experts', 'BRIEF / 21']) {
      expect(parse([kicker, 'title']), kicker).toEqual({ blocks: [`p ${PROSE}`], dropped: { 'parser: kicker': [1], 'parser: title-echo': [2] } });
    }
    expect(parse(['Insights', '', 'Analysis', 'title']).dropped['parser: kicker']).toEqual([1, 3]);
  });

  it('keeps a Chinese title, a dateline, a sentence and a bracketed line above the title (lawinfochina, Teller Report)', () => {
    for (const line of ['国务院关于加强数字政府建设的指导意见 [现行有效]', 'Xinhua News Agency, Beijing, December 19th', 'The law passed on Friday.', '(Authorized to release)']) {
      expect(parse([line, 'title']).blocks[0], line).toBe(`p ${line}`);
    }
  });

  it('keeps a short line above a paragraph that is not the title', () => {
    expect(parse(['China', 'Its emphasis on sovereignty.']).blocks.slice(0, 2)).toEqual(['p China', 'p Its emphasis on sovereignty.']);
  });
});

describe('a topic tag under the title', () => {
  it('drops one to three words between the title and the first paragraph (The China Project, China Leadership Monitor)', () => {
    expect(parse(['title', 'Business & Technology']).dropped['parser: kicker']).toEqual([2]);
    expect(parse(['title', 'Data Security']).blocks).toEqual([`p ${PROSE}`]);
  });

  it('keeps a standard section head, a longer subtitle, a line with figures, and a tag not followed by the first paragraph', () => {
    expect(parse(['title', 'Summary']).blocks[0]).toBe('h2 Summary');
    expect(parse(['title', 'What it is and what it is not']).blocks[0]).toBe('p What it is and what it is not');
    expect(parse(['title', 'October 2021 Issue']).blocks[0]).toBe('p October 2021 Issue');
    expect(parse(['title', 'Data Security', 'Data Sovereignty']).blocks.slice(0, 2)).toEqual(['p Data Security', 'p Data Sovereignty']);
  });
});

describe('the site\'s name', () => {
  it('drops the publisher\'s name alone on a line above the first paragraph, in any case, or one name of several (KrASIA, JSS, The Straits Times)', () => {
    expect(parse(['KrASIA', 'A sentence of the dek, not a label.'], 'KrASIA').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['JOURNAL OF STRATEGIC STUDIES', 'https://doi.org/10.1080/01402390.2021.1894136'], 'Journal of Strategic Studies (PDF text via readkong.com)').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['The Asian Voice', 'A sentence of the dek, not a label.'], 'The Straits Times (The Asian Voice)').dropped['parser: site-name']).toEqual([1]);
  });

  it('drops the name with its logo\'s section, one or two capitalised words (Reed Smith, DLA Piper; stop 38)', () => {
    const dek = 'A sentence of the dek, not a label.';
    expect(parse(['Reed Smith In-depth', dek], 'Reed Smith').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['DLA Piper Intelligence', dek], 'DLA Piper').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['Reed Smith advises the ministry', dek], 'Reed Smith').dropped['parser: site-name']).toBeUndefined();
    expect(parse(['Reed Smith Data Protection Team Report', dek], 'Reed Smith').dropped['parser: site-name']).toBeUndefined();
  });

  it('drops the site\'s name as the source with a date and a label (CSSN, Guangming Online, People\'s Daily, China Daily)', () => {
    const dek = 'A sentence of the dek, not a label.';
    expect(parse(['Source:Chinese Social Sciences Today 2024-10-29', dek], 'Chinese Social Sciences Today (CSSN English)').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['2024-October-21 20:01 By: GMW.cn', dek], 'Guangming Online (GMW.cn)').dropped['parser: site-name']).toEqual([1]);
    expect(parse(['(Xinhua) 08:11, October 10, 2024', dek], "People's Daily Online (Xinhua)").dropped['parser: site-name']).toEqual([1]);
    expect(parse(['Source: Chinese Social Sciences Today on the digital economy', dek], 'Chinese Social Sciences Today').dropped['parser: site-name']).toBeUndefined();
  });

  it('drops a month and year, or a date with dashes, alone above the first paragraph (EUISS, the Shanghai government portal), not a chronology\'s subhead below it', () => {
    expect(parse(['Oct 2021', 'Brief', 'A sentence of the dek, not a label.']).dropped['parser: date-line']).toEqual([1]);
    expect(parse(['title', '09-19-2023']).dropped['parser: date-line']).toEqual([2]);
    const chronology = parse([PROSE, 'March 2023', 'The National Data Administration was announced, to sit under the National Development and Reform Commission.']);
    expect(chronology.dropped['parser: date-line']).toBeUndefined();
    expect(chronology.blocks).toContain('h2 March 2023');
  });

  it('keeps the name after the first paragraph, and a line that only starts with it', () => {
    expect(parse([PROSE, 'KrASIA'], 'KrASIA').dropped['parser: site-name']).toBeUndefined();
    expect(parse(['KrASIA Insights on data', 'A sentence of the dek, not a label.'], 'KrASIA').blocks[0]).toBe('p KrASIA Insights on data');
  });
});

describe('affiliations under the byline', () => {
  const authors = ['Mimi Zou'];

  it('drops an author\'s affiliation or post, with an "Affiliation:" label, under the byline above the first paragraph (Cambridge Core, JSS, EUISS)', () => {
    const cambridge = parse(['title', 'Mimi Zou*', 'Affiliation:', 'School of Private and Commercial Law, University of New South Wales, Sydney, Australia'], 'Cambridge Core', authors);
    expect(cambridge).toEqual({ blocks: [`p ${PROSE}`], dropped: { 'parser: title-echo': [1], 'parser: byline-echo': [2], 'parser: affiliation': [3, 4] } });
    expect(parse(['title', 'Mimi Zou', 'Project leader/Head of Brussels office at Sinolytics'], 'EUISS', authors).blocks).toEqual([`p ${PROSE}`]);
  });

  it('keeps a line that names no institution or post, one that is a sentence, and one not under a byline', () => {
    expect(parse(['title', 'Mimi Zou', 'Data and the State'], 'EUISS', authors).blocks[0]).toBe('p Data and the State');
    expect(parse(['title', 'Mimi Zou', 'The University of Hong Kong hosted the talk.'], 'EUISS', authors).blocks[0]).toBe('p The University of Hong Kong hosted the talk.');
    expect(parse(['title', 'Harvard University, Cambridge, MA'], 'EUISS', authors).blocks[0]).toBe('p Harvard University, Cambridge, MA');
  });
});

describe('an affiliation note at the foot of a PDF page', () => {
  it('is no heading, with its mark glued on, though prose follows (The Antitrust Bulletin)', () => {
    const note = '*Faculty of Law, The Chinese University of Hong Kong, Hong Kong, China';
    expect(parse([PROSE.replace('plan', 'law'), note]).blocks[1]).toBe(`p ${note}`);
  });
});

describe('the header under a disclaimer', () => {
  it('starts at the title repeated near the top, though a disclaimer above it reads as prose (EUISS\'s PDF)', () => {
    const disclaimer = 'The views expressed in this publication are solely those of the author(s) and do not necessarily reflect the views of the European Union.';
    expect(parse([disclaimer, 'BRIEF / 21', 'title', 'Mimi Zou', 'Project leader/Head of Brussels office at Sinolytics'], 'EUISS', ['Mimi Zou']).blocks).toEqual([`p ${disclaimer}`, `p ${PROSE}`]);
  });
});
