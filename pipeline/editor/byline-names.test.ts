/**
 * The names article:new reads from a pasted page's byline. Bylines as the pages print them: China
 * Daily, "Experts: Nation should leverage its chip market" (chinadaily.com.cn/a/202306/27/WS6499bd15a310bf8a75d6bb3e.html)
 * and "Two sessions sharpen semiconductor focus" (…/a/202303/09/WS64091e41a31057c47ebb32f4.html), both by Ma Si;
 * China Daily, "Zhejiang set to unlock gains from digital economy" (zhejiang.chinadaily.com.cn/2019-07/24/c_392184.htm),
 * "Hangzhou at forefront of digital economy" (zhejiang.chinadaily.com.cn/2019-09/17/c_415335_2.htm) and "Zhejiang's
 * development powers ahead" (en.qstheory.cn/2022-07/26/c_792168_2.htm); China Daily's print edition of 2018-05-11
 * (two correspondents in two cities); Chinese Social Sciences Today, "Experts pin high hopes on digital economy"
 * (csstoday.com/Item/11798.aspx); People's Daily Online, "Chinese call for privacy law" (en.people.cn/90882/7664445.html).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { parseCapture } from '../parse/capture.ts';
import { createParseReport } from '../parse/parse-report.ts';
import { readSource } from '../read/article-source.ts';
import { parseDefaultRules } from '../read/boilerplate-rules.ts';
import { scaffoldArticle } from './article-scaffold.ts';
import { bylineAuthors } from './byline-names.ts';

describe('the names in a byline', () => {
  it('takes the names from a byline, without roles, honorifics, degrees or what follows a separator', () => {
    expect(bylineAuthors('Written by: Dr. Alice Wong, Ph.D.')).toEqual(['Alice Wong']);
    expect(bylineAuthors('Authors: Jane Doe; John Smith')).toEqual(['Jane Doe', 'John Smith']);
    // A Wix blog's label (stop 41's trial): the names after it.
    expect(bylineAuthors('Writer: Jane Doe')).toEqual(['Jane Doe']);
    expect(bylineAuthors('By Zhang Wei — Xinhua')).toEqual(['Zhang Wei']);
    expect(bylineAuthors("By Seán O'Neill & J. R. Smith")).toEqual(["Seán O'Neill", 'J. R. Smith']);
    expect(scaffoldArticle({ text: 'By the Numbers: China’s Digital Economy\nSome text here.' }).text).toContain('authors: [] #');
  });

  it('reads a byline after a pen or another pictograph, without the title before the name (a blog, chinacrunch.nestech360.net, 2025)', () => {
    expect(bylineAuthors('✍️ By Dr. Alan Hughes | Telecoms & Space Policy Analyst')).toEqual(['Alan Hughes']);
    expect(scaffoldArticle({ text: 'Tech Regulation in China: Balancing Innovation with State Oversight\n✍️ By Dr. Alan Hughes | Telecoms & Space Policy Analyst\nChina’s technology sector has entered a new era of governance after a decade of rapid growth, and Beijing has tightened oversight of platforms.' }).text).toMatch(/^authors: \[ "Alan Hughes" \]/mu);
  });

  it('keeps the surname Ma, which is no degree (China Daily\'s Ma Si, Ma Zhenhuan)', () => {
    expect(bylineAuthors('By Ma Si | chinadaily.com.cn | Updated: 2023-06-27 01:01')).toEqual(['Ma Si']);
    expect(bylineAuthors('By MA SI | China Daily | Updated: 2023-03-09 07:46')).toEqual(['Ma Si']);
    expect(bylineAuthors('By Jane Doe, MA')).toEqual(['Jane Doe']);
  });

  it('leaves out the correspondent\'s city, China Daily\'s "in Beijing", and reads no names from a sentence that starts "By"', () => {
    const sentence = 'By 2025, the plan says, the country will have built a national market for data in which every province trades with the others';
    expect(scaffoldArticle({ text: `China’s Data Market Plan Explained\n${sentence}.` }).text).toContain('authors: [] #');
    expect(bylineAuthors('By Ma Zhenhuan in Hangzhou Source: China Daily Updated: 2022-07-26')).toEqual(['Ma Zhenhuan']);
    expect(bylineAuthors('By Ma Zhenhuan in Hangzhou (chinadaily.com.cn) Updated : 2019-09-17')).toEqual(['Ma Zhenhuan']);
    expect(bylineAuthors('By ZHONG NAN in Beijing and CHEN WEIHUA in Washington | China Daily | Updated: 2018-05-11 07:00')).toEqual(['Zhong Nan', 'Chen Weihua']);
  });

  it('ends the names at a bar without spaces, a slash or a bracket (China Daily\'s Zhejiang pages, CSS Today, People\'s Daily)', () => {
    expect(bylineAuthors('By Zheng Yiran| China Daily| Updated: July 24, 2019 L M S')).toEqual(['Zheng Yiran']);
    expect(bylineAuthors('By LI JING / 08-10-2023 / Chinese Social Sciences Today')).toEqual(['Li Jing']);
    expect(bylineAuthors('By Xiang Nan (China Youth Daily)')).toEqual(['Xiang Nan']);
  });
});

describe('a Wix blog\'s "Writer:" line', () => {
  it('gives article:new the name, and goes from the text as a repeat of the header once the name is in the front matter', () => {
    const lede = 'China regulates its technology sector in cycles of loosening and crackdown, and its rules for algorithms are the latest turn.';
    const { text } = scaffoldArticle({ text: ['How China Regulates Tech', 'Writer: Jane Doe', lede].join('\n') });
    expect(readSource('content/articles/x.txt', text.replace('published: ""', 'published: "2024"')).frontMatter.authors).toEqual(['Jane Doe']);
    const report = createParseReport();
    const tree = parseCapture(['Writer: Jane Doe', lede].join('\n'), { title: 'How China Regulates Tech', authors: ['Jane Doe'], rules: [], report });
    expect(report.dropped).toEqual([expect.objectContaining({ rule: 'parser: byline-echo', lines: [1] })]);
    expect(toString(tree)).toBe(lede);
  });
});

describe('a China Daily page pasted with article:new', () => {
  const defaults = parseDefaultRules(readFileSync('content/boilerplate.yaml', 'utf8'), 'content/boilerplate.yaml');
  const byline = 'By ZHONG NAN in Beijing and CHEN WEIHUA in Washington | China Daily | Updated: 2018-05-11 07:00';
  const page = ['Global EditionASIA 中文双语Français', 'Business', 'Home / Business / Economy', '', 'China ready to defend its interests', '', byline, 'Share', 'Share - WeChat', '',
    'China will resolutely defend its interests even as it expects a positive outcome from the upcoming China-US trade talks through efforts from both sides, the Ministry of Commerce said on Thursday.'].join('\n');

  it('has the byline\'s names as its authors, so the byline goes from the text as a repeat of the header', () => {
    const { text } = scaffoldArticle({ text: page, url: 'https://www.chinadaily.com.cn/a/201805/11/WS5af4d7dea3105cdcf651d1a2.html', rules: defaults });
    const { frontMatter, body } = readSource('content/articles/x.txt', text);
    expect(frontMatter.authors).toEqual(['Zhong Nan', 'Chen Weihua']);
    const report = createParseReport();
    const tree = parseCapture(body, { title: frontMatter.title, authors: frontMatter.authors, rules: [defaults], report });
    expect(toString(tree)).not.toContain('ZHONG NAN');
    expect(report.dropped.find((drop) => drop.rule === 'parser: byline-echo')).toEqual({ rule: 'parser: byline-echo', lines: [body.split('\n').indexOf(byline) + 1], chars: byline.length });
  });
});
