/**
 * A longer name of a body that starts with a shorter entry's alias. Short excerpts from several
 * publishers' pages (named on each case), read with a glossary that has the shorter entries only.
 */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from './term-matcher.ts';
import { findLongerNames } from './longer-names.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';
import { convertCorpus } from '../index.ts';
import { corpus } from '../../tests/support/corpus.ts';

const matcher = new TermMatcher([
  testEntry('state-council', '国务院', ['State Council'], 'institution'),
  testEntry('npc', '全国人民代表大会', ['National People\'s Congress', 'NPC'], 'institution'),
  testEntry('npcsc', '全国人民代表大会常务委员会', ['NPC Standing Committee'], 'institution'),
  testEntry('cpc', '中国共产党', ['CPC'], 'institution'),
  testEntry('cppcc', '中国人民政治协商会议', ['CPPCC'], 'institution'),
  testEntry('miit', '工业和信息化部', ['Ministry of Industry and Information Technology'], 'institution'),
]);
const names = (text: string) => findLongerNames(text, matcher.find(text)).map(({ id, start, end }) => [id, text.slice(start, end)]);

describe('longer names', () => {
  it.each([
    // SCIO: its own briefing page (english.scio.gov.cn, 2021-03-19).
    ['SCIO', 'Chen Wenjun, head of the Press Bureau of the State Council Information Office (SCIO)', 'state-council', 'State Council Information Office'],
    // NPC Observer, on the Cybersecurity Law's third reading (2016).
    ['NPC Observer', 'and the NPC Law Committee has recommended that this Session pass the law', 'npc', 'NPC Law Committee'],
    // NPC Observer, 2019: "and" between the words of the name.
    ['NPC Observer', 'The NPC Environmental Protection and Resource Conservation Committee submitted', 'npc', 'NPC Environmental Protection and Resource Conservation Committee'],
    // SCIO briefing: a party committee; no-break space as pasted.
    ['SCIO', 'deputy secretary of the CPC Fuzhou\u00a0Municipal Committee and mayor', 'cpc', 'CPC Fuzhou\u00a0Municipal Committee'],
  ])('finds the name a %s excerpt writes', (_publisher, text, id, name) => {
    expect(names(text)).toEqual([[id, name]]);
  });

  it.each([
    // Xinhua and Reuters: a date or a verb after the name.
    ['Xinhua', 'The State Council on Wednesday released the plan'],
    ['Reuters', 'the Ministry of Industry and Information Technology on Tuesday said'],
    // Jamestown: a headline in title case with no head noun at its end.
    ['Jamestown', 'Propaganda Themes at the CPPCC Stress the Sinicization of Religion'],
    // China Daily: the longer name is an entry's own alias, which the matcher takes whole.
    ['China Daily', 'at next week\'s NPC Standing Committee session'],
    // Constructed: a sentence ends between the match and the capitalised words.
    ['constructed', 'approved by the State Council. Committee members said'],
    // gov.cn: the State Council named after the office ("X Office of the State Council") is the State Council.
    ['gov.cn', 'the Hong Kong and Macao Affairs Office of the State Council has prepared'],
    // Constructed: lower case after the match is not part of a name.
    ['constructed', 'the State Council office in charge'],
  ])('finds no longer name in a %s excerpt', (_publisher, text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads no further than six words past the match (a long line in capitals is not one name)', () => {
    const text = `the State Council ${'Word '.repeat(20_000)}Office`;
    expect(names(text)).toEqual([]);
  });
});

describe('the shipped glossary', () => {
  const shipped = new TermMatcher(convertCorpus(corpus).glossary);
  const linked = (text: string) => shipped.find(text).map(({ id, start, end }) => [id, text.slice(start, end)]);

  it.each([
    // SCIO briefing page (2021) and People's Daily Online (2018): the office, not the State Council inside its name.
    ['Chen Wenjun, head of the Press Bureau of the State Council Information Office (SCIO)', [['state-council-information-office', 'State Council Information Office'], ['state-council-information-office', 'SCIO']]],
    // PolicyCN: the Standing Committee, not the Congress inside its name, then its Legislative Affairs Commission.
    ['NPCSC (National People\'s Congress Standing Committee) Legislative Affairs Commission spokesman', [['npc-standing-committee', 'NPCSC'], ['npc-standing-committee', 'National People\'s Congress Standing Committee'], ['legislative-affairs-commission', 'Legislative Affairs Commission']]],
    // NPC Observer (2016): the committee's name whole, not the Congress at its start.
    ['and the NPC Law Committee has recommended that this Session pass the law', [['npc-constitution-and-law-committee', 'NPC Law Committee']]],
    // Shanghai government (2023): a data trading venue whole, not "data trading" inside it.
    ['to standardize the data trading venues in Shanghai Municipality', [['trading-venue', 'data trading venues']]],
    // China Law Translate (2021): the CAC by its State Council name.
    ['The State Internet Information Office is responsible for oversight', [['cyberspace-administration-of-china', 'State Internet Information Office']]],
    // China Daily via ezhejiang.gov.cn: one callout for the summit's name, not two side by side.
    ['The 2021 World Internet Conference Wuzhen Summit is scheduled to take place', [['world-internet-conference', 'World Internet Conference Wuzhen Summit']]],
  ])('links the whole name: %s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });
});
