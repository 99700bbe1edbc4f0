/** Orders of the glossary index and the Anki CSV, on small made-up entries. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Occurrence } from '../../core/schema.ts';
import { glossaryCsv } from './glossary-export.ts';
import { tonelessPinyin } from '../../core/search-text.ts';
import { byPinyin, concordanceLines, groupByCategory, groupByInitial, toneSequence } from './glossary-views.ts';

const entry = (id: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, term: id, hanzi: '词', pinyin, aliases: [], category: 'concept', summary: 's', definition: 'd', related: [], renderings: [], timeline: [], sources: [{ title: 't', url: 'https://example.org/' }], ...extra,
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

describe('concordance lines', () => {
  const sentence = 'Data (数据) is a factor; data again.';
  const at = (anchor: string, text: string, surface: string): Occurrence => {
    const start = text.indexOf(surface);
    return { term: 'data', article: 'a', anchor, occurrence: 1, sentence: text, start, end: start + surface.length };
  };
  const marked = (lines: ReturnType<typeof concordanceLines>) => lines.map((l) => l.parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join(''));

  it('quotes a sentence once with every form of the term in it marked', () => {
    const occurrences = [at('p-1', sentence, 'Data'), at('p-1', sentence, '数据'), at('p-1', sentence, 'data'), at('p-2', 'More data.', 'data')];
    const lines = concordanceLines(occurrences);
    expect(lines.map((l) => l.anchor)).toEqual(['p-1', 'p-2']);
    expect(marked(lines)).toEqual(['[Data] ([数据]) is a factor; [data] again.', 'More [data].']);
  });

  it('keeps the same sentence in another paragraph as its own line, and marks overlapping forms once', () => {
    const lines = concordanceLines([at('p-1', 'Big data.', 'Big data'), at('p-1', 'Big data.', 'data'), at('p-2', 'Big data.', 'data')]);
    expect(marked(lines)).toEqual(['[Big data].', 'Big [data].']);
  });
});

describe('Anki CSV', () => {
  it('quotes commas and quotation marks so every field comes back as written', () => {
    const tricky = entry('tricky', 'shì', { term: 'A "quoted", term', summary: 'Commas, "quotes" and; semicolons.' });
    const [record] = parseCsv(glossaryCsv([tricky]).split('\n').filter((l) => !l.startsWith('#')).join('\n')) as string[][];
    expect(record).toEqual(['词', 'shì · A "quoted", term · Commas, "quotes" and; semicolons.', 'policy-reader policy-reader::concept', 'policy-reader:tricky']);
  });
});
