import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../core/schema.ts';
import { LARGE_GLOSSARY, TermMatcher } from './term-matcher.ts';
import { annotateTerms } from './annotate-terms.ts';
import { toMdx } from '../stringify/to-mdx.ts';
import type { Root } from 'mdast';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = (id: string, hanzi: string, aliases: GlossaryEntry['aliases']) => testEntry(id, hanzi, aliases, 'plan');

const matcher = new TermMatcher([
  entry('14th-five-year-plan', '十四五规划', ['14th Five-Year Plan']),
  entry('made-in-china-2025', '中国制造2025', [{ text: 'Made in China 2025', case: 'exact' }]),
]);

/** What each match covers in the original text. */
const surfaces = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('TermMatcher and Unicode spaces', () => {
  it('matches a term written with no-break spaces as it matches plain spaces, and the match covers the original characters', () => {
    const text = 'Under the 14th\u00A0Five-Year\u00A0Plan, and Made\u00A0in\u202FChina\u20032025 too.';
    expect(surfaces(text)).toEqual(['14th\u00A0Five-Year\u00A0Plan', 'Made\u00A0in\u202FChina\u20032025']);
    expect(matcher.find(text).map((m) => m.id)).toEqual(['14th-five-year-plan', 'made-in-china-2025']);
  });

  it('matches a no-break hyphen as a hyphen, and a hyphen and a space alike', () => {
    expect(surfaces('the 14th Five\u2011Year Plan')).toEqual(['14th Five\u2011Year Plan']);
    expect(surfaces('the 14th Five Year Plan')).toEqual(['14th Five Year Plan']);
  });

  it("matches a typographic apostrophe as a straight one (National People’s Congress)", () => {
    const npc = new TermMatcher([entry('npc', '全国人民代表大会', ["National People's Congress"])]);
    const text = 'the Standing Committee of the National People’s Congress';
    expect(npc.find(text).map((m) => text.slice(m.start, m.end))).toEqual(['National People’s Congress']);
  });

  it('matches full-width and plain ASCII inside a term alike: 中国制造２０２５ and 互联网+ as their entries write them', () => {
    const widths = new TermMatcher([entry('made-in-china-2025', '中国制造2025', []), entry('internet-plus', '互联网＋', [])]);
    const text = '中国制造２０２５与互联网+行动';
    expect(widths.find(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([['made-in-china-2025', '中国制造２０２５'], ['internet-plus', '互联网+']]);
  });

  it('matches a run of spaces or a line break inside a name as one space (USITO: "State  Council"), the match covering the original text', () => {
    const council = new TermMatcher([entry('state-council', '国务院', ['State Council']), entry('made-in-china-2025', '中国制造2025', [{ text: 'Made in China 2025', case: 'exact' }])]);
    const text = 'Promotion Law, State  Council;  the\nState\nCouncil and Made in\n China 2025  and 国务院.';
    expect(council.find(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['state-council', 'State  Council'],
      ['state-council', 'State\nCouncil'],
      ['made-in-china-2025', 'Made in\n China 2025'],
      ['state-council', '国务院'],
    ]);
  });

  it('keeps the exact-case rule for forms with spaces', () => {
    expect(surfaces('made\u00A0in china 2025')).toEqual([]);
  });

  it('annotates the term in an article and writes its no-break spaces to the MDX unchanged', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'The 14th\u00A0Five-Year\u00A0Plan sets targets.' }] }] };
    annotateTerms(tree, matcher);
    const mdx = toMdx(tree);
    expect(mdx).toContain('<Term id="14th-five-year-plan" occurrence="1">14th\u00A0Five-Year\u00A0Plan</Term> sets targets.');
  });
});

describe('TermMatcher on a large glossary', () => {
  it('finds in a glossary of thousands of aliases what it finds in a small one', () => {
    const filler = Array.from({ length: 3000 }, (_, index) => entry(`filler-${index}`, `填充${index}`, [`filler alias number ${index}`, `another filler ${index} form`]));
    const large = new TermMatcher([...filler, entry('14th-five-year-plan', '十四五规划', ['14th Five-Year Plan']), entry('made-in-china-2025', '中国制造2025', [{ text: 'Made in China 2025', case: 'exact' }])]);
    const text = 'The 14th Five Year Plan (十四五规划) and Made in China 2025, not made in china 2025; filler alias number 12 and another filler 2999 form, 填充7.';
    expect(filler.flatMap((e) => e.aliases).map((alias) => (typeof alias === 'string' ? alias : alias.text)).join('').length).toBeGreaterThan(LARGE_GLOSSARY);
    const found = large.find(text).map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(found.filter(([id]) => !id.startsWith('filler'))).toEqual(matcher.find(text).map((m) => [m.id, text.slice(m.start, m.end)]));
    expect(found.filter(([id]) => id.startsWith('filler'))).toEqual([['filler-12', 'filler alias number 12'], ['filler-2999', 'another filler 2999 form'], ['filler-7', '填充7']]);
  });
});
