/** Orders of the glossary index and the Anki CSV, on small made-up entries. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../scripts/lib/schema.ts';
import { glossaryCsv } from '../src/lib/glossary-export.ts';
import { byPinyin, groupByCategory, groupByInitial, tonelessPinyin, toneSequence } from '../src/lib/glossary-views.ts';

const entry = (id: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, term: id, hanzi: '词', pinyin, aliases: [], category: 'concept', summary: 's', definition: 'd', related: [], sources: [{ title: 't', url: 'https://example.org/' }], ...extra,
});

describe('glossary orders', () => {
  it('sorts pinyin by letters, then by tone number, ignoring spaces and capitals', () => {
    const sorted = [entry('ma4', 'mà'), entry('ma3', 'mǎ'), entry('mang', 'Máng'), entry('ma1', 'mā'), entry('ma2', 'má')].sort(byPinyin);
    expect(sorted.map((e) => e.id)).toEqual(['ma1', 'ma2', 'ma3', 'ma4', 'mang']);
    expect(tonelessPinyin("Gōng'ānbù")).toBe('gonganbu');
    expect(toneSequence('Guówùyuàn')).toBe('244');
  });

  it('groups by initial letter, digits together, and by category in schema order', () => {
    expect(groupByInitial(['13th plan', 'Active', 'active government', 'Big data'], (s) => s).map((g) => [g.label, g.items.length])).toEqual([['0–9', 1], ['A', 2], ['B', 1]]);
    const groups = groupByCategory([entry('b', 'b', { category: 'law' }), entry('a', 'a', { category: 'plan' }), entry('c', 'c', { category: 'law' })]);
    expect(groups.map((g) => [g.anchor, g.items.map((e) => e.id)])).toEqual([['plan', ['a']], ['law', ['b', 'c']]]);
  });
});

describe('Anki CSV', () => {
  it('quotes commas and quotation marks so every field comes back as written', () => {
    const tricky = entry('tricky', 'shì', { term: 'A "quoted", term', summary: 'Commas, "quotes" and; semicolons.' });
    const [record] = parseCsv(glossaryCsv([tricky]).split('\n').filter((l) => !l.startsWith('#')).join('\n')) as string[][];
    expect(record).toEqual(['词', 'shì · A "quoted", term · Commas, "quotes" and; semicolons.', 'policy-reader policy-reader::concept', 'policy-reader:tricky']);
  });
});
