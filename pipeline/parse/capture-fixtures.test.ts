/**
 * Real captures from publishers outside the seed corpus (tests/fixtures/captures/, short excerpts,
 * publisher and URL in each file's front matter), parsed with the default boilerplate rules plus
 * the file's own, compared block by block with the structure of the page they were copied from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { readSource } from '../read/article-source.ts';
import { compileRules, parseDefaultRules } from '../read/boilerplate-rules.ts';
import { matchOutline, outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'tests/fixtures/captures');
const defaults = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');

function parseFixture(slug: string) {
  const file = path.join(dir, `${slug}.txt`);
  const source = readSource(file, readFileSync(file, 'utf8'));
  const report = createParseReport();
  const rules = [...defaults, ...compileRules(source.frontMatter.boilerplate, file)];
  const tree = parseCapture(source.body, { title: source.frontMatter.title, rules, firstLine: source.bodyLine, report });
  return { tree, report, source };
}

/** Each fixture's blocks in order; a line ending in "…" gives a block's start. */
const expected: Record<string, string[]> = {
  '2015-cset-made-in-china-2025-translation': [
    'p The following document is “Made in China 2025,” one of…',
    'p The Chinese source text is available online at: <http:…',
    'p An archived version of the Chinese source text is avai…',
    'p U.S. $1 ≈ 6.3 Chinese Yuan Renminbi (RMB), as of March…',
    'p (2015) No. 28',
    'p To the people’s governments of all provinces, autonomo…',
    'p State Council',
    'p (This document has been abridged)',
    'h2 Made in China 2025',
    'p Manufacturing is the mainstay of the national economy,…',
  ],
  '2016-npc-observer-cybersecurity-law-third-draft': [
    'p Update: China Law Translate has posted the full text o…',
    'p Confirming your author’s prior suspicion, the characte…',
    'h2 New Changes Made in the New Draft',
    'p As is the customary practice, new drafts of laws, incl…',
    'ol 1',
    '  li The 3rd Draft clarifies the scope of “key informati…',
  ],
  '2018-usito-npc-five-year-legislation-plan': [
    'p The Standing Committee of the National People’s Congre…',
    'p First category: Mature draft laws ready to be submitte…',
    'ul',
    '  li Patent Law (revised draft), State Council',
    '  li Copyright Law (revised draft), State Council',
    '  li Foreign Investment Law, State Council',
    '  li Cultural Industry Promotion Law, State  Council',
    '  li Export Control Law, State Council',
    '  li Cryptography Law, State Council',
    '  li Personal Information Protection Law, Standing Committee.',
    '  li Data Security Law, Standing Committee',
    'p Second category: Draft laws which require expedited pr…',
    'ul',
    '  li Anti-Monopoly Law (revised draft), State Council',
    '  li Telecommunications Law, State Council',
    'p Third category: Proposed projects requiring further re…',
    'ul',
    '  li The artificial intelligence legislative project is…',
    'p This is the first time China has announced a plan to d…',
  ],
  '2020-hoover-ai-titans': [
    'p As China and the United States enter a new era, in whi…',
  ],
  '2021-appinchina-algorithm-recommendation-provisions': [
    'p By Yoni HaoLast Updated on Sep 29, 2024',
    'p Promulgation Authorities: Cyberspace Administration of China',
    'p Release Date: 2021-12-13',
    'p Source: <https://www.gov.cn/zhengce/zhengceku/2022-01/…',
    'p Original Title: 互联网信息服务算法推荐管理规定',
    'h2 Chapter I General Provisions',
    'p Article 1 These Provisions are enacted in accordance w…',
    'p Article 2 These Provisions apply to the application of…',
  ],
  '2021-asia-maior-china-resilience-dilemma': [
    'p In 2021 Chinese internal politics were dominated by th…',
    'p Keywords – CCP centenary; COVID-19; dual circulation;…',
    'h2 1. Introduction: coping with the resilience of the Ch…',
    'p The year 2021 was meant to be an exceptionally signifi…',
  ],
  '2021-digital-policy-alert-algorithm-recommendation-regulations': [
    'p [Unofficial translation by Digital Policy Alert]',
    'h2 Chapter I General Provisions',
    'h2 Chapter II Regulation of Information Services',
    'h2 Chapter III Protection of User Rights and Interests',
    'h3 Article 16',
    'p Algorithmic recommendation service providers shall inf…',
    'p Policy areas',
    'p Regulatory Compliance and Transparency',
    'p Policy instruments',
    'p Public disclosure requirement',
    'p Regulatory requirements',
    'p Technical reference material disclosure requirement',
    'p Provision types',
    'h3 Article 17',
    'h3 Article 18',
    'h3 Article 19',
    'h3 Article 20',
    'h3 Article 21',
    'h3 Article 22',
    'h2 Chapter IV Supervision and Management',
    'h2 Chapter V Legal Liability',
    'h2 Chapter VI Supplementary Provisions',
  ],
  '2021-journal-of-strategic-studies-ai-rma': [
    'p JOURNAL OF STRATEGIC STUDIES',
    'p <https://doi.org/10.1080/01402390.2021.1894136>',
    'p ARTICLE',
    'p Elsa B. Kaniaa,b a',
    'p Department of Government, Harvard University, Cambridg…',
    'h2 ABSTRACT',
    'p The People’s Liberation Army (PLA) seeks not only to e…',
    'p KEYWORDS People’s Liberation Army; military innovation…',
    'h2 Introduction',
    'p The Chinese People’s Liberation Army (PLA) regards cur…',
  ],
  '2021-reuters-miit-cyber-loophole-notice': [
    "p BEIJING, July 13 (Reuters) - China's Ministry of Indus…",
    'p The rule, which will be effective in September, says e…',
    'p Reporting by Beijing newsroom; Editing by Andrew Heavens',
  ],
  '2021-scmp-editorial-alibaba-antitrust-fine': [
    'ul',
    '  li Record US$2.8 billion penalty imposed on Alibaba sh…',
    'p China’s State Administration for Market Regulation fou…',
    'p If there is a milestone for competition and consumer c…',
    'p The antitrust investigation has clouded the outlook fo…',
    'p More importantly for the company and markets, it has c…',
    'p The State Administration for Market Regulation found t…',
    'p China’s State Administration for Market Regulation fin…',
  ],
  '2022-csis-interpret-basic-systems-for-data': [
    'p The Department of Innovation and High-Tech Development…',
    'h2 I. Regarding general ideas',
    // Numbered paragraphs of a legal text, at the margin: paragraphs that keep their numbers.
    'p 1. In building the basic systems for data, it is recom…',
    'p 2. It is recommended that the focus be on empowering t…',
    'h2 II. Regarding the data property rights system',
    'p 3. It is recommended that we explore the establishment…',
    'p 4. It is recommended that we should recognize and prot…',
  ],
  '2022-teller-report-data-basic-system-opinions': [
    'p (Authorized to release) Opinions of the Central Commit…',
    'p Xinhua News Agency, Beijing, December 19th',
    'p (December 2, 2022)',
    'p As a new factor of production, data is the foundation…',
    'p The construction of data infrastructure system is rela…',
    'p In order to speed up the construction of a basic data…',
    'h2 1. General requirements',
    'h3 (1) Guiding ideology.',
    'p Guided by Xi Jinping Thought on Socialism with Chinese…',
  ],
  '2023-digital-china-wins-the-future-translation-notes': [
    'p This working aid includes recommendations on the trans…',
    'h2 Digital China 数字中国',
    'p Despite the importance of this term in party theory, t…',
    'h2 Great Power 强国 including Cyber Great Power, Maritime…',
    'p Despite the importance of this term in party theory, t…',
  ],
  '2023-shanghai-gov-data-trading-venues-procedures': [
    'p 09-19-2023',
    'p (March 15, 2023)',
    'p SMEITC D (2023) No. 3',
    'p Attention: all relevant units:',
    'p In order to standardize the data trading venues in Sha…',
    'h2 Interim Procedures of Shanghai Municipality for the A…',
    'h2 Chapter Ⅰ  General Provisions',
    'h3 Article 1',
    'p With a view to preventing and resolving data trading r…',
    'h3 Article 2',
    'p These Procedures shall apply to the establishment, alt…',
    'p For the purposes of these Procedures, the term “data”…',
  ],
  '2024-china-media-project-discourse-tracker-01': [
    'p A month-to-month reading of the Chinese Communist Part…',
    'p Dear Subscribers:',
    'p After an absence of several months, we are pleased to…',
    'p Our early work on the keywords of the People’s Daily,…',
    'p First, it is important to understand that the People’s…',
  ],
  '2024-contextual-chinese-new-quality-productive-forces': [
    'ul',
    '  li Keywords: 新质生产力, xin zhi shengchanli, New Quality P…',
    '  li Summary: “New Quality Productive Forces” (新质生产力, xī…',
    '  li Pinyin (with tone marks): xīn zhì shēngchǎnlì',
    '  li Part of Speech: Noun Phrase',
    '  li HSK Level: N/A',
    '  li Concise Definition: A new form of productive forces…',
    "  li In a Nutshell: Imagine a country's economy as its e…",
    '  li 新 (xīn): new, modern, recent.',
    '  li 质 (zhì): quality, substance, nature.',
    '  li 生 (shēng): to produce, to create, to be born.',
    '  li 产 (chǎn): to produce, product, output.',
    '  li 力 (lì): force, power, strength.',
  ],
  '2025-data-compliance-china-on-exchange-data-trading': [
    'p Editor’s Note — DCC.',
    'p Wang Qinglan opens the piece by noting that foreign co…',
    'h2 The analogy that unlocks it',
    'p China’s data trading market is consciously modeled on…',
    'ul',
    '  li On-exchange trading (场内交易) — a transaction conducte…',
    '  li Off-exchange trading (场外交易) — every other transaction.',
    'p Wang’s analogy: the Shenzhen Data Exchange (SZDEX) is…',
    'p The doctrinal anchor is the Data 20 Articles (December 2022):',
    'p “Establish a compliant and efficient data-element flow…',
    'p The policy directive is explicit: a combined market, w…',
    'h2 The five tiers of trading venues',
    'p A trading venue (交易场所) in Chinese law is “an instituti…',
  ],
  '2025-digital-china-wins-the-future-specialized-terminology': [
    'p Below is a list of specialized terms used by the Chine…',
    'p The terms are grouped into four standard categories: S…',
    'p Understanding this vocabulary, and how and why it evol…',
    'p Importantly, the Party’s strategic plans, terms of art…',
    'p “Strategic plans” (战略部署)^1 are systemic, integrated st…',
    'p | Cyber Great Power (网络强国) | Cyber Great Power designa…',
  ],
  '2025-wikipedia-made-in-china-2025': [
    'p Made in China 2025 (MIC25,[1] MIC 2025,[2] or MIC2025;…',
    "p Made in China 2025's goals include increasing the Chin…",
    'p Since 2018, following a backlash from the United State…',
  ],
};

describe.each(Object.keys(expected))('the capture %s', (slug) => {
  it('parses into the blocks of the page it was copied from', () => {
    const actual = outline(parseFixture(slug).tree);
    expect(matchOutline(actual, expected[slug])).toEqual(expected[slug]);
  });
});

const slugs = readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4));
const collapse = (text: string) => text.replace(/\s+/gu, ' ');
/** A line's text without the list or note marker the parser reads off it. */
const lineText = (line: string) => collapse(line.trim().replace(/^(?:[•●▪◦‣·*-]|\d{1,3}[.)]|\[\d{1,3}\])\s+/u, ''));

describe.each(slugs)('nothing of %s is lost or invented', (slug) => {
  const { tree, report, source } = parseFixture(slug);

  it('keeps every line that no rule removed, and names the rule of every line removed', () => {
    const text = collapse(toString(tree));
    const dropped = new Set(report.dropped.flatMap((d) => d.lines));
    const lines = source.body.split('\n').map((line, i) => ({ line: source.bodyLine + i, text: lineText(line) }));
    const kept = lines.filter(({ line, text: t }) => t !== '' && !dropped.has(line) && (!report.cut || line < report.cut.line));
    for (const { line, text: t } of kept) expect(text, `line ${line} lost: ${t.slice(0, 60)}`).toContain(t.slice(0, 24));
    const removed = lines.filter(({ line, text: t }) => t !== '' && (dropped.has(line) || (report.cut && line >= report.cut.line)));
    const removedChars = report.dropped.reduce((sum, d) => sum + d.chars, 0) + (report.cut?.chars ?? 0);
    expect(removedChars).toBeLessThanOrEqual(report.chars);
    expect(removed.length).toBe(report.dropped.reduce((sum, d) => sum + d.lines.length, 0) + (report.cut?.lines ?? 0));
  });

  it('takes no line with a URL, a field label or a sentence end for a heading, and reports each heading with its evidence', () => {
    for (const heading of report.headings) {
      expect(heading.text).not.toMatch(/https?:\/\/|^[\p{L}']+(?: [\p{L}']+)?:|[,;:!?]$/u);
      expect(heading.evidence).not.toBe('');
    }
    expect(report.headings.map((h) => `h${h.depth} ${h.text}`)).toEqual(outline(tree).filter((l) => /^h\d /u.test(l)));
  });
});
