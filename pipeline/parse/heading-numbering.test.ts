/**
 * Section heads that reader QA round 36 found read as text: the numbers Chinese documents and the
 * law firms that translate them write (一、 (一) 1. (1) → "I." "(I)" "1." "(1)"), each level heading
 * its section, nested by rank (King & Wood Mallesons' China Law Insight); an explainer's questions
 * (IFLR, the Congressional Research Service); a summary's head above its bullets (ABA).
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

describe('numbered lines', () => {
  it('leaves a number followed by a sentence in lower case as text, and keeps "1. Title" a heading (a thread unrolled by Thread Reader App, stop 38)', () => {
    const point = '1. it confirms my warning 2 weeks ago that even foreign firms like @google, @Meta';
    expect(parse([PROSE, point, PROSE])[1]).toBe(`p ${point}`);
    expect(parse([PROSE, '2.1 million users had their data reviewed', PROSE])[1]).toBe('p 2.1 million users had their data reviewed');
    expect(parse([PROSE, '1. Characteristics of the Standard Contract', PROSE])[1]).toBe('h2 1. Characteristics of the Standard Contract');
  });

  it('joins a line opening on "&" to the line above, as one in lower case (the thread\'s point 1 is one paragraph)', () => {
    const point = ['1. it confirms my warning 2 weeks ago that even foreign firms like @google, @Meta', '& @Twitter are required to comply with the new law even if they are not operating in China.'];
    expect(parse([PROSE, ...point])[1]).toBe(`p ${point.join(' ')}`);
    expect(parse([PROSE, 'Terms & Conditions', PROSE])[1]).toBe('h2 Terms & Conditions');
  });
});

describe('a line cut on a function word', () => {
  it('takes no heading under it: the short line is its end (Lawfare\'s masthead, stop 38)', () => {
    const masthead = ['Published by The Lawfare Institute', 'in Cooperation With', 'Brookings'];
    expect(parse([PROSE, ...masthead, PROSE])).toEqual([`p ${PROSE}`, 'p Published by The Lawfare Institute in Cooperation With', 'p Brookings', `p ${PROSE}`]);
    expect(parse([PROSE, 'Published by The Lawfare Institute.', 'Brookings', PROSE])[2]).toBe('h2 Brookings');
  });
});

describe('questions', () => {
  it('takes a short question above its answer, after the first prose, for a heading (IFLR, CRS)', () => {
    const answer = 'Adding to the suite of data protection laws China has implemented in recent years, the law has a strong focus on national security.';
    expect(parse([PROSE, 'What is the new law about?', answer])[1]).toBe('h2 What is the new law about?');
  });

  it('leaves a question before the first prose, one above no prose, a long one and a rhetorical one inside prose as text', () => {
    expect(parse(['What is the new law about?', PROSE])[0]).toBe('p What is the new law about?');
    expect(parse([PROSE, 'Now what?', PROSE.toUpperCase()])[1]).toBe('p Now what?');
    expect(parse([PROSE, 'What is the new law about?', 'The good'])[1]).toBe('p What is the new law about?');
    const long = 'What happens if the authority in the PRC refuses or abstains from giving approval to the transfer of data abroad?';
    expect(parse([PROSE, long, PROSE])[1]).toBe(`p ${long}`);
  });
});

describe('a standard section above a list', () => {
  it('takes "Summary" above the bullets that make it for a heading, at the top of the page too (ABA Antitrust Source); another short line above bullets stays text', () => {
    const bullets = ['  • The Guidelines clarify that the merger rules apply to VIE-structured deals.', '  • They name the practices a platform may not use.'];
    expect(parse(['Summary', ...bullets, PROSE])[0]).toBe('h2 Summary');
    expect(parse(['Key Takeaways', ...bullets, PROSE])[0]).toBe('h2 Key Takeaways');
    expect(parse(['Jump to:', ...bullets, PROSE])[0]).toBe('p Jump to:');
    expect(parse(['The Antitrust Source', ...bullets, PROSE])[0]).toBe('p The Antitrust Source');
  });
});

describe('a roundup\'s first item', () => {
  const OTHER = 'The ministry released a plan to highlight the leading role of innovation in lifting industries to higher levels.';
  it('heads the first item when the heads below it each stand over one or two paragraphs, as it does (english.gov.cn)', () => {
    expect(parse(['State Council asks for better response to public opinions', PROSE, 'State Council releases national innovation plan', OTHER, 'State Council approves key development area in Pingxiang', PROSE]).filter((b) => b.startsWith('h2'))).toHaveLength(3);
  });

  it('leaves a dek as text: over a longer run of prose, over items of three paragraphs, or with a single head below it', () => {
    const dek = 'How the new rules change what platforms must tell their users';
    const firstOf = (lines: string[]) => parse(lines)[0];
    expect(firstOf([dek, PROSE, OTHER, PROSE, 'What changes for users', OTHER, 'What changes for firms', PROSE])).toBe(`p ${dek}`);
    expect(firstOf([dek, PROSE, 'What changes for users', OTHER, PROSE, OTHER, 'What changes for firms', PROSE])).toBe(`p ${dek}`);
    expect(firstOf([dek, PROSE, 'What changes for users', OTHER])).toBe(`p ${dek}`);
  });
});

describe('a numbered FAQ', () => {
  // CSIS, "Insight into the U.S. Semiconductor Export Controls Update" (csis.org/analysis/insight-us-semiconductor-export-controls-update), stop 42.
  const answer = 'A1: The October 2022 controls targeted equipment and technology for advanced semiconductors, drawing specific lines in the sand in an effort to curb China’s access.';

  it('takes each numbered question for the head of its answer, "Q1:" (CSIS) or "Q1." (Linklaters), before the first prose too', () => {
    expect(parse([PROSE, 'Q1: What was the content of the original October 7 rules?', answer])).toEqual([`p ${PROSE}`, 'h2 Q1: What was the content of the original October 7 rules?', `p ${answer}`]);
    expect(parse(['Q1. Who must file a security assessment with the CAC?', PROSE, 'Q2. Which data counts as important data', '  • Data the catalogues list.'])).toEqual([
      'h2 Q1. Who must file a security assessment with the CAC?',
      `p ${PROSE}`,
      'h2 Q2. Which data counts as important data',
      'ul',
      '  li Data the catalogues list.',
    ]);
  });

  it('leaves a numbered question over no answer, or one holding two sentences, as text', () => {
    expect(parse(['Q1: What was the content of the original October 7 rules?', 'Q2: What changed?'])[0]).toMatch(/^p /u);
    expect(parse([PROSE, 'Q1. The rules apply. What changed since October?', PROSE])[1]).toMatch(/^p /u);
  });
});
