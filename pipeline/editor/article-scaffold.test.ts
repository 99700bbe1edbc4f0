/**
 * article:new's guesses on pasted pages. Excerpts: Reuters, "China issues notice on cyber security
 * loophole management" (2021-07-13); CSET, "Guidelines for National Data Infrastructure
 * Construction" (2024); People's Daily Online / Xinhua (2024-10-10); Digital China Wins the Future,
 * "Central Committee Notice on Cyber Great Power (July 2013)" (2023-02-22); ZephTech, "China data
 * export" briefing (2022-09-01); Wall Street Journal headline of 2023-05-07 (as quoted by Leon Oudejans);
 * CGTN (2023-02-28), Guangming Online (2024-10-21), Carnegie Endowment (2023-07-10), Mondaq (2021),
 * Center for Data Innovation (2024-05), China Daily on ezhejiang.gov.cn ("WIC Wuzhen Summit: 10 years on", 2023-11-09),
 * The China Story Yearbook 2016.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../read/article-source.ts';
import { readFileSync } from 'node:fs';
import { compileRules, parseDefaultRules } from '../read/boilerplate-rules.ts';
import { findDate, scaffoldArticle } from './article-scaffold.ts';

const reuters = [
  ' date 2021-07-13 China',
  'China issues notice on cyber security loophole management',
  '1 minute read',
  "BEIJING, July 13 (Reuters) - China's Ministry of Industry and Information Technology on Tuesday issued a notice on cyber security loophole management.",
].join('\n');

const cset = [
  'In the following document, three Chinese government ministries describe an ambitious plan to make all or most of China’s public data, data disclosed by corporations, and personal data discoverable and usable in a single catalog by 2029. The effort involves creating a standard data identifier system.',
  'An archived version of the Chinese source text is available online at: https://perma.cc/KX7B-KUQS',
  'Guidelines for National Data Infrastructure Construction',
  'December 2024',
  'By Jane Doe and John Roe',
].join('\n');

describe('article:new', () => {
  it('fills title, date, publisher and summary from a pasted news page, and the result is a valid source article', () => {
    const { slug, text, review } = scaffoldArticle({ text: reuters, url: 'https://www.reuters.com/world/china/notice/' });
    expect(slug).toBe('2021-reuters-china-issues-notice-cyber-security');
    const source = readSource(`content/articles/${slug}.txt`, text);
    expect(source.frontMatter).toMatchObject({ title: 'China issues notice on cyber security loophole management', published: '2021-07-13', publisher: 'reuters.com', url: 'https://www.reuters.com/world/china/notice/' });
    expect(source.frontMatter.summary).toMatch(/^BEIJING, July 13 \(Reuters\) - China's Ministry/);
    expect(source.body).toContain('1 minute read');
    expect(review).toContainEqual(expect.stringMatching(/^publisher: guessed from the address \(reuters\.com\)/));
    expect(text).toContain('publisher: "reuters.com" # review: guessed from the address: write the publisher\'s name');
  });

  it('skips a long lead and a line with a link to find the title, and reads a month-precision date and a byline', () => {
    const { text } = scaffoldArticle({ text: cset, url: 'https://cset.georgetown.edu/publication/x/' });
    const { frontMatter } = readSource('content/articles/x.txt', text);
    expect(frontMatter).toMatchObject({ title: 'Guidelines for National Data Infrastructure Construction', published: '2024-12', authors: ['Jane Doe', 'John Roe'] });
  });

  it('says what it could not find, and the lint then asks for it in plain words', () => {
    const { text, review } = scaffoldArticle({ text: 'short\nlines only\n' });
    expect(review).toEqual(expect.arrayContaining([expect.stringMatching(/^title: none found — add a title: line/), expect.stringMatching(/^published: no date found/)]));
    expect(() => readSource('content/articles/x.txt', text)).toThrow(/title/);
  });

  it('reads dates as pages write them', () => {
    expect(findDate('08:11, October 10, 2024')).toBe('2024-10-10');
    expect(findDate('Published 5 March 2023')).toBe('2023-03-05');
    expect(findDate('Document No. 2024-13-45')).toBeUndefined();
    expect(findDate('February 30, 2024')).toBeUndefined();
    expect(findDate('2023年12月31日')).toBe('2023-12-31');
    expect(findDate('Sept. 2022')).toBe('2022-09');
    expect(findDate('no date here')).toBeUndefined();
    // Numbers alone: the order shows only when one of them cannot be a month (Crowell & Moring prints 01.13.25).
    expect(findDate('Client Alert | 8 min read | 01.13.25')).toBe('2025-01-13');
    expect(findDate('Posted 13/01/2025')).toBe('2025-01-13');
    expect(findDate('09-19-2023')).toBe('2023-09-19');
    expect(findDate('05.06.25')).toBeUndefined();
    expect(findDate('Version 1.13.2.25')).toBeUndefined();
    expect(findDate('31.02.2024')).toBeUndefined();
  });

  // A pasted page's top as sites print it: menu, headline, byline with the date, a US date alone on its line.
  const page = ['Home | About | Research | Events | Contact', 'China’s Data Rules: What They Mean', 'By Jane Doe, Senior Fellow, and JOHN SMITH | Reuters', 'July 13, 2021', `${'The new rules on data export take effect this year. '.repeat(3)}`].join('\n');
  const usDate = compileRules([{ drop: '^(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}$' }], 'content/boilerplate.yaml', 1);

  it('reads the date and byline on lines the chrome rules drop, and never takes a menu for the title', () => {
    const { slug, text } = scaffoldArticle({ text: page, rules: usDate });
    expect(readSource(`content/articles/${slug}.txt`, text).frontMatter).toMatchObject({ title: 'China’s Data Rules: What They Mean', published: '2021-07-13', authors: ['Jane Doe', 'John Smith'] });
    expect(slug).toBe('2021-chinas-data-rules-what-they');
  });

  it('takes for the title the line the address spells, over a section label above it', () => {
    const page = ['Voices From Asia', 'Ministry sets new rules for cross-border data flows', 'January 5, 2024', `${'The rules take effect next year and cover every platform. '.repeat(3)}`].join('\n');
    const url = 'https://news.example.com/opinion/ministry-sets-new-rules-for-cross-border-data-flows-20240105';
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: page, url }).text).frontMatter.title).toBe('Ministry sets new rules for cross-border data flows');
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: page, url: 'https://news.example.com/article/12345' }).text).frontMatter.title).toBe('Voices From Asia');
  });

  it('takes a headline holding a date, the date a blog address carries, and a lead paragraph naming dates (Digital China Wins the Future, 2023-02-22)', () => {
    const page = [
      'Digital China Wins the Future',
      'Central Committee Notice on Cyber Great Power (July 2013)',
      'Zheng Bijian’s proposal for China to become a world-class cyber great power within ten years was considered, accepted, and forwarded for further review in July 2013 by four Politburo members.',
    ].join('\n');
    const url = 'https://digitalchinawinsthefuture.com/2023/02/22/central-committee-notice-on-cyber-great-power-july-2013/';
    const { frontMatter } = readSource('content/articles/x.txt', scaffoldArticle({ text: page, url }).text);
    expect(frontMatter).toMatchObject({ title: 'Central Committee Notice on Cyber Great Power (July 2013)', published: '2023-02-22' });
    expect(frontMatter.summary).toMatch(/^Zheng Bijian’s proposal/u);
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: page, url: 'https://example.com/post/central-notice' }).text).frontMatter.published).toBe('2013-07');
  });

  it('takes no link away, reading-time badge or line of two sentences for the title, and says it found none (ZephTech briefing, 2022-09-01)', () => {
    const page = [
      '← Back to all briefings',
      'Data Strategy 5 min read Published Updated Credibility 40/100',
      'Data Strategy Briefing — September 1, 2022',
      '2 publication timestamps supporting this briefing. Source data (JSON)',
      'China’s Measures for Security Assessment of Data Exports took effect on 1 September 2022, making CAC-led reviews mandatory for important data and large personal data transfers.',
    ].join('\n');
    const { text, review } = scaffoldArticle({ text: page, url: 'https://zephtech.net/feed/2022-09-01-china-cross-border-security-assessment-effective' });
    expect(readSource('content/articles/x.txt', text.replace('title: ""', 'title: "T"')).frontMatter.published).toBe('2022-09-01');
    expect(review[0]).toBe('title: none found — add a title: line');
    expect(scaffoldArticle({ text: 'U.S. Think Tank Reports Prompted Beijing to Put a Lid on Chinese Data\n' + page }).text).toContain('title: "U.S. Think Tank Reports Prompted Beijing to Put a Lid on Chinese Data"');
  });

  it('takes the date of an address written with hyphens (CGTN 2023-02-28, Guangming Online 2024-10-21) and of a dateline', () => {
    const page = ['China unveils plan to promote digital development', `${'The plan sets targets for 2025 and 2035 across the economy. '.repeat(3)}`].join('\n');
    const published = (url: string, text = page) => readSource('content/articles/x.txt', scaffoldArticle({ text, url }).text.replace('title: ""', 'title: "T"')).frontMatter.published;
    expect(published('https://news.cgtn.com/news/2023-02-28/China-unveils-plan-to-promote-digital-development-1hNd3hNcrUQ/index.html')).toBe('2023-02-28');
    expect(published('https://en.gmw.cn/2024-10/21/content_37636743.htm')).toBe('2024-10-21');
    expect(published('https://www.chinadaily.com.cn/a/202303/07/WS6406a5c2a31057c47ebb2b1e.html')).toBe('2023-03-07');
    expect(published('http://en.people.cn/n3/2023/0307/c90000-20000000.html')).toBe('2023-03-07');
    expect(published('https://www.globaltimes.cn/page/202303/1286988.shtml')).toBe('2023-03');
    expect(published('https://example.org/a', `2024-October-21 20:01 By: GMW.cn\n${page}`)).toBe('2024-10-21');
  });

  it('takes the date of a line that dates the page over an earlier date the text names (Carnegie, 2023-07-10)', () => {
    const page = [
      'China’s AI Regulations and How They Get Made',
      'Four years after its first rules of January 2019, Beijing is leading the way in AI regulation, releasing new strategies to govern algorithms and chatbots.',
      'Published on July 10, 2023',
    ].join('\n');
    const { text } = scaffoldArticle({ text: page });
    expect(readSource('content/articles/x.txt', text).frontMatter.published).toBe('2023-07-10');
    expect(text).toContain('from the line "Published on July 10, 2023"');
  });

  it('takes no list item for the title, and the headline over a breadcrumb ending with it (Mondaq, Center for Data Innovation)', () => {
    const bullet = ['• Can employers in the China store their employees\' personal information on databases hosted abroad?', 'Comparing the three laws', 'November 22, 2021', `${'The three laws differ on consent and on transfers abroad. '.repeat(3)}`].join('\n');
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: bullet }).text).frontMatter.title).toBe('Comparing the three laws');
    const crumbs = ['Home IssueArtificial Intelligence Explaining China’s Focus on “New Quality Productive Forces”', 'Explaining China’s Focus on “New Quality Productive Forces”', `${'The term describes a new industrial strategy of growth through innovation. '.repeat(3)}`].join('\n');
    const url = 'https://datainnovation.org/2024/05/explaining-chinas-focus-on-new-quality-productive-forces/';
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: crumbs, url }).text).frontMatter.title).toBe('Explaining China’s Focus on “New Quality Productive Forces”');
  });

  it('names the slug after the site, not a country\'s second level or a word of a hyphenated name (kr-asia.com, inhouselawyer.co.uk, english.www.gov.cn)', () => {
    const slugFor = (url: string) => scaffoldArticle({ text: `China sets new rules for data\n${'The rules take effect next year and cover every platform. '.repeat(3)}`, url }).slug;
    expect(slugFor('https://kr-asia.com/data-labeling/2019/10/01/x')).toMatch(/^2019-kr-asia-/u);
    expect(slugFor('https://www.inhouselawyer.co.uk/legal-briefing/x/')).toMatch(/^undated-inhouselawyer-/u);
    expect(slugFor('https://english.www.gov.cn/policies/latestreleases/202206/23/content_WS1.html')).toMatch(/^2022-gov-/u);
  });

  it('takes no stage direction or bar of buttons for the title (NPR transcript, lawinfochina)', () => {
    const page = ['(SOUNDBITE OF MOUSE CLICKING)', 'Login   Subscribe Now!', 'China’s data labelers train the AI boom', `${'Workers in Guizhou tag images for the models of large companies. '.repeat(3)}`].join('\n');
    expect(readSource('content/articles/x.txt', scaffoldArticle({ text: page }).text.replace('published: ""', 'published: "2025"')).frontMatter.title).toBe('China’s data labelers train the AI boom');
  });

  it('lists every guess for review, with where it came from (editor QA: the title and date it got wrong were not listed)', () => {
    const { review } = scaffoldArticle({ text: reuters, url: 'https://www.reuters.com/world/china/notice/' });
    expect(review).toEqual(expect.arrayContaining([
      'title: "China issues notice on cyber security loophole management", the first line that reads like a title — check it is the headline',
      'published: 2021-07-13, from the line "date 2021-07-13 China" — check it is the publication date, not an event\'s',
      'authors: no byline found — add the authors if the page names them',
    ]));
  });

  it('takes no photo caption for the summary: not one the default rules drop with its credit, nor one above a credit line (editor\'s trial of stop 38)', () => {
    const defaults = parseDefaultRules(readFileSync('content/boilerplate.yaml', 'utf8'), 'content/boilerplate.yaml');
    const lede = 'This milestone year marks the 10th anniversary of the World Internet Conference (WIC) Wuzhen Summit.';
    const chinaDaily = ['Home> Jiaxing', '', 'WIC Wuzhen Summit: 10 years on', '', 'chinadaily.com.cn| Updated: November 9, 2023 L M S', '',
      'A staff member prepares a display at an exhibition of internet technological achievements for the 2022 World Internet Conference Wuzhen Summit. WANG JING/CHINA DAILY', '',
      `${lede} Over the past nine years, the event has achieved significant success in promoting conceptual consensus.`].join('\n');
    const summary = (text: string) => readSource('content/articles/x.txt', scaffoldArticle({ text, rules: defaults }).text.replace('published: ""', 'published: "2016"')).frontMatter.summary;
    expect(summary(chinaDaily)).toBe(lede);
    const story = ['Chapter 6 – Nailing Jello to a Wall', '', 'Lu Wei, the man who nailed Jello to a wall, speaking at a forum in Beijing in front of the assembled heads of the country\'s largest internet companies', 'Photo: Wikimedia Commons', '',
      'Back in 2014, Lu Wei, until recently the head of the Cyber Administration of China, said that the Internet is like a car, and that all cars must have brakes.'].join('\n');
    expect(summary(story)).toMatch(/^Back in 2014, Lu Wei/u);
  });

  it('refuses an empty paste and a file that is an article already', () => {
    expect(() => scaffoldArticle({ text: ' \n\n' })).toThrow(/the pasted file is empty/);
    expect(() => scaffoldArticle({ text: '---\ntitle: "AI Titans"\n---\nBody.' })).toThrow(/already starts with front matter/);
  });

  it('takes no numbered section head for the title, and no date from inside a paragraph (Haynes Boone, Kyodo News, stop 42)', () => {
    // haynesboone.com/news/alerts/a-new-guideline-added-to-china-data-protection-framework: no title line in the copy
    const alert = [
      'The Security Assessment Measures for Data Export were recently released by the Cyberspace Administration of China (“CAC”), and will become effective September 1, 2022. The Measures further define the requirement of security assessment by the government for outbound data transfers.',
      '1. Application Scope',
      '- Where a “Data Processor” exports “Critical Data” abroad;',
    ].join('\n');
    const { review } = scaffoldArticle({ text: alert, url: 'https://www.haynesboone.com/news/alerts/a-new-guideline-added-to-china-data-protection-framework' });
    expect(review).toEqual(expect.arrayContaining(['title: none found — add a title: line', expect.stringMatching(/^published: no date found/u)]));
    // nippon.com (Kyodo News), "China to curb exports of raw materials used for chip production" (2023-07)
    const kyodo = [
      'China to curb exports of raw materials used for chip production',
      'China’s Commerce Ministry said Monday that the export of items related to gallium and germanium will require its approval from Aug. 1. The new measures are based on a law that took effect in December 2020.',
      'Kyodo News',
    ].join('\n');
    expect(scaffoldArticle({ text: kyodo }).review).toEqual(expect.arrayContaining([expect.stringMatching(/^published: no date found/u)]));
    // A dated line of its own still dates the page.
    const { text } = scaffoldArticle({ text: ['China to curb exports of raw materials used for chip production', 'July 4, 2023', kyodo.split('\n')[1]].join('\n') });
    expect(readSource('content/articles/x.txt', text).frontMatter.published).toBe('2023-07-04');
  });

  it('reads a byline without "By": the names, then a slash or a comma and the date (Tech Policy Press, China Digital Times)', () => {
    const lede = 'China regulates its technology sector in cycles of loosening and crackdown, and its rules for algorithms and generative AI are only the latest turn of that wheel.';
    const authorsOf = (byline: string) => readSource('content/articles/x.txt', scaffoldArticle({ text: ['How China Regulates Tech', byline, lede].join('\n') }).text.replace('published: ""', 'published: "2024"')).frontMatter;
    // techpolicy.press/how-china-regulates-tech
    expect(authorsOf('Justin Hendrix / Jun 23, 2024')).toMatchObject({ authors: ['Justin Hendrix'], published: '2024-06-23' });
    // chinadigitaltimes.net, the interview with Xiao Qiang (2019-08-08)
    expect(authorsOf('Xi Ran, August 8, 2019')).toMatchObject({ authors: ['Xi Ran'], published: '2019-08-08' });
    expect(authorsOf('Jane Doe and John Roe / 2024-06-23').authors).toEqual(['Jane Doe', 'John Roe']);
    // A dateline names a place and no year; a line of a menu is no byline.
    expect(authorsOf('BEIJING, July 13').authors).toEqual([]);
    expect(authorsOf('Home / Analysis / June 2024').authors).toEqual([]);
  });

  it('reads a date written year first with dots or slashes (Transpacifica, 2018.09.10)', () => {
    expect(findDate('What to watch for in U.S.–China relations this fall (2018.09.10)')).toBe('2018-09-10');
    expect(findDate('Posted 2023/07/13')).toBe('2023-07-13');
    expect(findDate('Version 2018.13.10')).toBeUndefined();
  });

  it('takes a headline dating its subject in brackets for the title, under a breadcrumb and a tag panel (MOFCOM, stop 42)', () => {
    // english.mofcom.gov.cn/article/newsrelease/press/202010/20201003010646.shtml
    const page = [
      'Home > News>Press Conference',
      'Tag: press conferenceforeign investmentexport',
      'Regular Press Conference of the Ministry of Commerce (October 22, 2020)',
      'Gao Feng: Friends from the press, Good afternoon. Welcome to the MOFCOM regular press conference. Since I don’t have any announcement to make today, we can proceed directly to the Q&A.',
    ].join('\n');
    const defaults = parseDefaultRules(readFileSync('content/boilerplate.yaml', 'utf8'), 'content/boilerplate.yaml');
    const { text } = scaffoldArticle({ text: page, rules: defaults });
    expect(readSource('content/articles/x.txt', text).frontMatter).toMatchObject({ title: 'Regular Press Conference of the Ministry of Commerce (October 22, 2020)', published: '2020-10-22' });
    // A date line with a word or two before its bracket is still no title.
    expect(scaffoldArticle({ text: ['Updated (October 22, 2020)', page.split('\n')[3]].join('\n') }).review[0]).toBe('title: none found — add a title: line');
  });

  it('takes no line closing a bracket the line above opened for the title (MDPI, stop 42)', () => {
    // mdpi.com/2304-6775/13/3/38, its copy cut after a citation
    const page = [
      'According to resource-based theory, sustained competitive advantage depends on unique resources (',
      'Barney, 1991). Through academic collaboration, scholars build unique and heterogeneous resources, which in turn contribute to a sustainable',
    ].join('\n');
    expect(scaffoldArticle({ text: page }).review[0]).toBe('title: none found — add a title: line');
  });
});

