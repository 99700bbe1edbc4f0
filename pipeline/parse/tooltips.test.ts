/**
 * HI-COM's glossary tooltips copied into its text (translate.hicom-asia.com/question/what-constitutes-sensitive-data-requiring-localization-for-china
 * and …/how-do-recent-regulatory-updates-impact-data-transfer-exemptions-in-chinese-free-trade-zones), stop 42.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';
import { scaffoldArticle } from '../editor/article-scaffold.ts';

function parse(line: string) {
  const report = createParseReport();
  const text = toString(parseCapture(line, { title: 'T', rules: [], report }));
  return { text, dropped: report.dropped };
}

describe('a glossary tooltip copied into the text', () => {
  it('goes, and the sentence it broke reads on, reported by its characters', () => {
    const definition = ' Definition ∞ Sensitive Data refers to categories of information subject to heightened protection requirements under the legal framework of the People\'s Republic of China.';
    const { text, dropped } = parse(`Navigating the complex landscape of data governance in China demands a precise understanding of what constitutes sensitive data${definition} and the localization mandates it carries.`);
    expect(text).toBe('Navigating the complex landscape of data governance in China demands a precise understanding of what constitutes sensitive data and the localization mandates it carries.');
    expect(dropped).toEqual([{ rule: 'parser: tooltip', lines: [], chars: definition.trim().length }]);
  });

  it('takes the space before a comma or a bracket with it, and stops at no initial\'s full stop', () => {
    expect(parse('Data localization Definition ∞ Data Localization mandates that specific data generated or collected within a nation\'s borders must be stored and processed exclusively within those same borders. , also known as data residency, refers to the practice of storing data at home.').text)
      .toBe('Data localization, also known as data residency, refers to the practice of storing data at home.');
    expect(parse('This intricate system impacts cross-border data Definition ∞ Cross-Border Data refers to information moved between the U.S. and China, or transmitted across jurisdictional boundaries. transfers.').text)
      .toBe('This intricate system impacts cross-border data transfers.');
    expect(parse('The Data Security Law Definition ∞ The Data Security Law (DSL) of the People\'s Republic of China establishes a comprehensive legal framework governing data activities within its jurisdiction. (DSL), and the PIPL.').text)
      .toBe('The Data Security Law (DSL), and the PIPL.');
  });

  it('leaves the word "Definition" in a sentence, and HI-COM\'s ∞ used as a colon', () => {
    for (const line of ['Definition of important data is left to the catalogues. The ministries will write them.', 'This framework is anchored by three pillars ∞ the Cybersecurity Law, the DSL and the PIPL.']) {
      expect(parse(line).text).toBe(line);
    }
  });

  it('is no part of the summary article:new drafts', () => {
    const lede = 'Navigating the complex landscape of data governance in China demands a precise understanding of what constitutes sensitive data Definition ∞ Sensitive Data refers to categories of information subject to heightened protection under the law of the People\'s Republic of China. and the localization mandates it carries.';
    const { text } = scaffoldArticle({ text: ['Fundamentals', lede].join('\n') });
    expect(/^summary: "(?<summary>[^"]*)"/mu.exec(text)?.groups?.summary).toBe('Navigating the complex landscape of data governance in China demands a precise understanding of what constitutes sensitive data and the localization mandates it carries.');
  });
});

