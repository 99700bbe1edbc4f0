/**
 * A longer document title that starts with a shorter entry's alias. Short excerpts from several
 * publishers' pages (named on each case), read with a glossary that has the shorter entries only.
 */
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../core/schema.ts';
import { TermMatcher } from './term-matcher.ts';
import { DOCUMENT_CATEGORIES, findLongerTitles } from './longer-titles.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = (id: string, category: GlossaryEntry['category'], aliases: string[]) => testEntry(id, id, aliases, category);

const matcher = new TermMatcher([
  entry('14th-five-year-plan', 'plan', ['14th Five-Year Plan']),
  entry('five-year-plan', 'plan', ['five-year plan']),
  entry('cybersecurity-law', 'law', ['Cybersecurity Law']),
  entry('data-security-law', 'law', ['Data Security Law']),
  entry('miit', 'institution', ['Ministry of Industry and Information Technology']),
  entry('cccyi', 'institution', ['Central Commission for Cybersecurity and Informatization']),
  entry('new-generation-ai-plan', 'plan', ['New Generation AI Development Plan']),
]);
const isDocument = (id: string) => DOCUMENT_CATEGORIES.has(matcher.categoryOf(id)!);
const titles = (text: string) => findLongerTitles(text, matcher.find(text), isDocument).map(({ id, start, end }) => [id, text.slice(start, end)]);

describe('longer titles', () => {
  it.each([
    // SESEC news item on the digital-economy plan (as the issue reports it).
    ['SESEC', 'The State Council issued the 14th Five-Year Plan for Digital Economy on 12 January.', '14th Five-Year Plan for Digital Economy'],
    // DigiChina forum, read with a glossary that lacks the informatization plan's own entry.
    ['DigiChina', 'the 14th Five-Year Plan for National Informatization, released in late December', '14th Five-Year Plan for National Informatization'],
    // A title that goes on with lower-case joiners between its words, copied with no-break spaces.
    ['CSET', 'under the 14th Five-Year Plan for\u00a0the Development of the Digital Economy and', '14th Five-Year Plan for\u00a0the Development of the Digital Economy'],
    ['a dated', 'the 14th Five-Year Plan for Digital Economy on March 12', '14th Five-Year Plan for Digital Economy'],
  ])('finds the title a %s excerpt names', (_publisher, text, title) => {
    expect(titles(text)).toEqual([['14th-five-year-plan', title]]);
  });

  it.each([
    // AppInChina, China Law Translate, Shanghai government: the law's own full name.
    ['AppInChina', 'in accordance with the Cybersecurity Law of the People’s Republic of China, the'],
    ['China Law Translate', 'drafted on the basis of the Cybersecurity Law of the PRC, the PRC'],
    ['Shanghai government', 'in accordance with the Data Security Law of the People’s Republic of China, the Personal'],
    // Reuters and DigiChina: an institution, then a date.
    ['Reuters', 'the Ministry of Industry and Information Technology on Tuesday said'],
    ['DigiChina', 'the Central Commission for Cybersecurity and Informatization on Dec. 27'],
    // Hoover: "to" compares two documents, it does not continue one.
    ['Hoover', 'from the New Generation AI Development Plan to the American AI Initiative'],
    // A plan in lower case is a common noun, not a title.
    ['lower case', 'a five-year plan for the Digital Economy'],
    ['a date', 'the 14th Five-Year Plan on March 12'],
  ])('finds no other title in a %s excerpt', (_publisher, text) => {
    expect(titles(text)).toEqual([]);
  });
});
