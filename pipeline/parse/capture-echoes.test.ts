/**
 * What the page repeats from the article's header (byline, title) and what stands for a picture
 * that was not captured (credit, caption): the capture parser drops them and says so. Lines quoted
 * from the pages of reader QA round 36 (named in each test); capture-rules.test.ts has the rest.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';
import { compileRules } from '../read/boilerplate-rules.ts';

const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.';

/** The outline of `lines` followed by a paragraph of prose, and the lines each parser rule dropped. */
function parse(lines: string[], options: { title?: string; authors?: string[] } = {}) {
  const report = createParseReport();
  const blocks = outline(parseCapture([...lines, PROSE].join('\n'), { title: options.title ?? 'A Title', authors: options.authors, rules: [], report }));
  const dropped = Object.fromEntries(report.dropped.map((drop) => [drop.rule, drop.lines]));
  return { blocks, dropped };
}

describe('bylines', () => {
  const isByline = (line: string, authors: string[]) => parse([line], { authors }).dropped['parser: byline-echo']?.includes(1) ?? false;

  it('drops a byline with a label, a role, a comma before "and", or marks on the names (KWM, ABA, China Daily, a journal PDF)', () => {
    expect(isByline('Authors: Susan Ning, Wu Han, Regulatory & Compliance Group,', ['Susan Ning', 'Wu Han'])).toBe(true);
    expect(isByline('Frank Jiang, Scott Yu, and John Jiang', ['Frank Jiang', 'Scott Yu', 'John Jiang'])).toBe(true);
    expect(isByline('Collected and edited by Lyu Yun', ['Lyu Yun'])).toBe(true);
    expect(isByline('Sandra Marco Colino*', ['Sandra Marco Colino'])).toBe(true);
    expect(isByline('By Chenying Zhang1', ['Chenying Zhang'])).toBe(true);
  });

  it('drops a byline with a slash before its date, or a pen and a title before the name (Tech Policy Press, a blog), not a sentence with a slash', () => {
    expect(isByline('Justin Hendrix / Jun 23, 2024', ['Justin Hendrix'])).toBe(true); // techpolicy.press/how-china-regulates-tech
    expect(isByline('✍️ By Dr. Alan Hughes | Telecoms & Space Policy Analyst', ['Alan Hughes'])).toBe(true); // chinacrunch.nestech360.net, 2025
    expect(isByline('Justin Hendrix / the data rules of 2024 explained', ['Justin Hendrix'])).toBe(false);
    expect(isByline('✍️ By Dr. Alan Hughes | Telecoms & Space Policy Analyst', ['Jane Doe'])).toBe(false);
  });

  it('drops a byline under two labels with a reading time after it (China Briefing), not a sentence about reading time', () => {
    expect(isByline('Posted by Written by Arendse Huld Reading Time: 10 minutes', ['Arendse Huld'])).toBe(true);
    expect(isByline('By Arendse Huld · 6 min read', ['Arendse Huld'])).toBe(true);
    expect(isByline('Arendse Huld Reading Time: the study took 10 minutes', ['Arendse Huld'])).toBe(false);
  });

  it('drops a wire\'s byline with the writers\' role or a time and date before the names (Xinhua, People\'s Daily), not a line on what its writers did', () => {
    const writers = ['Yao Yuan', 'Zhang Yizhi', 'Yu Junjie'];
    expect(isByline('by Xinhua Writers Yao Yuan, Zhang Yizhi and Yu Junjie', writers)).toBe(true);
    expect(isByline('By staff reporter Yao Yuan', writers)).toBe(true);
    expect(isByline('By Xinhua writers in Beijing and Fuzhou', writers)).toBe(false);
    // People's Daily Online: the time and date before the byline, the source's bracket cut.
    expect(isByline('08:51, August 17, 2023 By Yang Zekun ( China Daily', ['Yang Zekun'])).toBe(true);
    expect(isByline('08:51, August 17, 2023 By the end of the day the ministry had acted', ['Yang Zekun'])).toBe(false);
    expect(isByline('by Xinhua Writers Yao Yuan, Zhang Yizhi and Yu Junjie', [])).toBe(false);
  });

  it('drops a journal\'s byline with ORCID addresses and affiliation numbers glued on, and the affiliation joined to it (Journal of Policy Studies)', () => {
    const authors = ['Changyong Choi', 'Jihye Yoon'];
    const names = 'Changyong Choi1https://orcid.org/0000-0002-9158-4333, Jihye Yoon1,*https://orcid.org/0009-0003-7294-7877';
    const { blocks, dropped } = parse([names, '1Graduate School of Public Administration, Seoul National University, Seoul, Korea'], { authors });
    expect(dropped['parser: byline-echo']).toEqual([1]);
    expect(JSON.stringify(blocks)).not.toMatch(/orcid|Graduate School/u);
    expect(isByline('Changyong Choi1, Jihye Yoon1,*', authors)).toBe(true);
    // One of two authors with an affiliation is a forum's contributor heading a part; a sentence after the names stays.
    expect(isByline('Changyong Choi1 1Graduate School of Public Administration', authors)).toBe(false);
    expect(isByline('Changyong Choi1, Jihye Yoon1 2Many firms have adopted the rules.', authors)).toBe(false);
  });

  it('drops a paper\'s byline with affiliation letters glued to the name (Journal of Strategic Studies), not a longer word after it', () => {
    expect(isByline('Elsa B. Kaniaa,b', ['Elsa B. Kania'])).toBe(true);
    expect(isByline('Elsa B. Kaniaa,b a', ['Elsa B. Kania'])).toBe(true);
    expect(isByline('Elsa B. Kania and a team', ['Elsa B. Kania'])).toBe(false);
  });

  it('drops the names with their affiliation (WITA), but keeps one contributor of several heading their part of a forum (DigiChina)', () => {
    expect(isByline('Michael D. Sutherland | Congressional Research Service', ['Michael D. Sutherland'])).toBe(true);
    expect(isByline('Paul Triolo, Senior Adviser, Paulson Institute', ['Rogier Creemers', 'Paul Triolo'])).toBe(false);
    expect(isByline('Michael D. Sutherland, who wrote the report, said so.', ['Michael D. Sutherland'])).toBe(false);
  });
});

describe('note markers after a dropped byline', () => {
  it('raises the markers 2, 3 … of a capture without notes whose note 1 marked the byline (Competition Policy International)', () => {
    const text = 'The Interim Provisions set out nine considerations for market dominance on the Internet.2 On August 8, 2019, the State Council released its opinions on illegal acts.”3';
    const report = createParseReport();
    const tree = parseCapture(['By Chenying Zhang1', text].join('\n'), { title: 'A Title', authors: ['Chenying Zhang'], rules: [], report });
    expect(report.markersWithoutNotes.map((m) => m.marker)).toEqual(['2', '3']);
    expect(outline(tree)).toEqual([`p ${text.replace('.2', '.^2').replace('”3', '”^3')}`]);
  });

  it('takes no lone "2" for a marker when no note 1 precedes it', () => {
    const report = createParseReport();
    parseCapture('The plan names the ministries for phase one.2 Each of them answers for its part of the data.', { title: 'A Title', rules: [], report });
    expect(report.markersWithoutNotes).toEqual([]);
  });
});

describe('a picture that was not captured', () => {
  it('drops a credit on its own line with the alt text or caption directly above it, which read as a heading (MIT Technology Review, ABA)', () => {
    const mit = parse(['Close up of worker inspecting chip in a clean room', 'Getty Images']);
    expect(mit.blocks).toEqual([`p ${PROSE}`]);
    expect(mit.dropped).toEqual({ 'parser: picture-caption': [1], 'parser: picture-credit': [2] });
    for (const credit of ['zhongguo via Getty Images', 'Photo: Wikimedia Commons', 'Source: Getty', 'Credit: Press Association via AP Images']) {
      expect(parse(['Lu Wei, the man who ‘nailed Jello to a wall’', credit]).blocks, credit).toEqual([`p ${PROSE}`]);
    }
  });

  it('keeps a caption that is a sentence or stands a blank line apart, and a sentence that names an agency (Protocol)', () => {
    const caption = "China's new Personal Information Protection Law is its next step in promoting national security.";
    expect(parse([caption, 'Photo: Patrick Pleul/Picture Alliance/Getty Images']).blocks).toEqual([`p ${caption}`, `p ${PROSE}`]);
    expect(parse(['Xi Jinping at the forum in Wuzhen', '', 'Photo: Getty Images']).blocks).toEqual(['p Xi Jinping at the forum in Wuzhen', `p ${PROSE}`]);
    const sentence = 'Reuters and Getty Images both carried the picture.';
    expect(parse([sentence]).blocks).toEqual([`p ${sentence}`, `p ${PROSE}`]);
  });

  it('drops alt text in lower case standing alone in the two blocks above a credit, not a line in lower case elsewhere (Protocol, reader QA of stop 35)', () => {
    const caption = "China's new Personal Information Protection Law is its next step in promoting national security.";
    const protocol = parse(['Its emphasis on digital sovereignty could fragment the global privacy landscape.', '', 'lock and key on keyboard', '', caption, '', 'Photo: Patrick Pleul/Picture Alliance/Getty Images', '']);
    expect(protocol.dropped).toEqual({ 'parser: picture-caption': [3], 'parser: picture-credit': [7] });
    expect(protocol.blocks).toContain(`p ${caption}`);
    expect(parse(['lock and key on keyboard', '', 'Photo: Getty Images']).blocks).toEqual([`p ${PROSE}`]);
    // Three blocks up, or not alone between blank lines, it is not the picture's.
    expect(parse(['lock and key on keyboard', '', caption, '', caption.toUpperCase(), '', 'Photo: Getty Images']).blocks[0]).toBe('p lock and key on keyboard');
    expect(parse(['lock and key on keyboard', 'The rules took effect.', '', 'Photo: Getty Images']).blocks[0]).toMatch(/^p lock and key on keyboard/u);
    // Above a caption written directly over its credit (The China Story), a line two blocks up is no alt text.
    expect(parse(['data centre in Guizhou', '', 'Lu Wei, the man who ‘nailed Jello to a wall’', 'Photo: Wikimedia Commons']).blocks[0]).toBe('p data centre in Guizhou');
  });

  it('drops the alt text above a caption a caption rule removed, when the two stand alone between blank lines (Brookings, stop 38)', () => {
    const rules = compileRules([{ drop: '^.+\\.\\s+.+/Pool via REUTERS$', caption: true }, { drop: '^Updated: 2023$' }], 'test');
    const alt = 'A United States flag stands next to a Chinese flag.';
    const caption = 'United States and Chinese flags are set up before a meeting in Beijing, July 8, 2023. Mark Schiefelbein/Pool via REUTERS';
    const run = (lines: string[]) => {
      const report = createParseReport();
      const blocks = outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [rules], report }));
      return { blocks, caption: report.dropped.filter((d) => d.rule === 'parser: picture-caption').flatMap((d) => d.lines) };
    };
    const next = 'For all the energy surrounding new AI regulation in the U.S., China is first out of the box with a regulatory structure.';
    expect(run([PROSE, '', alt, caption, '', next])).toEqual({ blocks: [`p ${PROSE}`, `p ${next}`], caption: [3] });
    expect(run(['  • China has a first-mover advantage in the AI regulatory sphere.', alt, caption, '', next]).caption).toEqual([2]);
    // A paragraph captured one per line, a line a blank away, or one over a line of another rule stays.
    expect(run([PROSE, alt, caption, next]).blocks).toContain(`p ${alt}`);
    expect(run([PROSE, '', alt, '', caption, '', next]).blocks).toContain(`p ${alt}`);
    expect(run([PROSE, '', alt, 'Updated: 2023', '', next]).blocks).toContain(`p ${alt}`);
  });
});

describe('pull quotes', () => {
  it('keeps both copies of a list a page prints twice, once with honorifics, not the first copy\'s longest items as pull quotes (SCIO briefing, 2024-07-22)', () => {
    const speakers = ['Du Wei, director general of the Department of Digital Technology and Infrastructure Construction of the NDA', 'Xing Huina, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO'];
    const { blocks, dropped } = parse([...speakers, '', 'Speakers:', '', `Mr. ${speakers[0]}`, '', `Ms. ${speakers[1]}`, '']);
    expect(dropped['parser: pull-quote']).toBeUndefined();
    expect(blocks.filter((block) => block.includes('Du Wei'))).toHaveLength(2);
  });
});

describe('titles', () => {
  it('drops the title with a site name glued on by a hyphen (Xinhua), not a longer compound', () => {
    const title = 'China unveils plan to boost digital economy in 2021-2025 period';
    expect(parse([`${title}-Xinhua`], { title }).dropped['parser: title-echo']).toEqual([1]);
    expect(parse([`${title}-making in ministries`], { title }).dropped['parser: title-echo']).toBeUndefined();
  });

  it('drops the title ending on "on" with the unruled line after a blank left apart, not joined to it as a wrapped title (China Daily, editor\'s trial of stop 38)', () => {
    const { blocks, dropped } = parse(['WIC Wuzhen Summit: 10 years on', '', 'chinadaily.com.cn and partners'], { title: 'WIC Wuzhen Summit: 10 years on' });
    expect(dropped['parser: title-echo']).toEqual([1]);
    expect(blocks[0]).toBe('p chinadaily.com.cn and partners');
  });

  it('drops the title whole with the line directly under it left apart, not joined to it as a wrapped title (SCIO briefing, 2024-07-22)', () => {
    const title = 'SCIO briefing on promoting high-quality development: National Data Administration';
    const { blocks, dropped } = parse([title, 'Beijing | 3 p.m. July 22, 2024', ''], { title });
    expect(dropped['parser: title-echo']).toEqual([1]);
    expect(blocks[0]).toBe('p Beijing | 3 p.m. July 22, 2024');
  });

  it('drops the title broken over two lines, as a PDF sets it, its colon lost (The Antitrust Bulletin)', () => {
    const title = 'The Incursion of Antitrust into China’s Platform Economy';
    const broken = parse(['Article', 'The Incursion of Antitrust into China’s', 'Platform Economy'], { title });
    expect(broken.dropped['parser: title-echo']).toEqual([2, 3]);
    // "Article", the paper's type above its title, goes as a kicker (page-labels.test.ts).
    expect(broken.blocks).toEqual([`p ${PROSE}`]);
    const colon = parse(['Data Security:', 'A New Regime'], { title: 'Data Security: A New Regime' });
    expect(colon.dropped['parser: title-echo']).toEqual([1, 2]);
    expect(parse(['The Incursion of Antitrust into China’s', 'Platform Economy and its rules'], { title }).dropped['parser: title-echo']).toBeUndefined();
  });

  it('drops a cover\'s title in capitals over three lines, the byline\'s "by" glued to its last line (EUISS)', () => {
    const cover = parse(['CHINA’S DATA', 'STRATEGY', 'Creating a state-led market', 'by', 'Camille Boullenois'], { title: 'China’s Data Strategy: Creating a state-led market', authors: ['Camille Boullenois'] });
    expect(cover.blocks).toEqual([`p ${PROSE}`]);
    expect(cover.dropped['parser: title-echo']).toEqual([1, 2, 3, 4]);
  });
});
