/** Orders of the glossary index and the Anki CSV, on small made-up entries. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Occurrence } from '../../core/schema.ts';
import { glossaryCsv } from './glossary-export.ts';
import { tonelessPinyin } from '../../core/search-text.ts';
import { byPinyin, concordanceLines, groupByCategory, groupByInitial, termConcordance, toneSequence } from './glossary-views.ts';

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
  const at = (anchor: string, text: string, surface: string, from = 0): Occurrence => {
    const start = text.indexOf(surface, from);
    return { term: 'data', article: 'a', anchor, occurrence: 1, sentence: text, start, end: start + surface.length };
  };
  const shown = (lines: ReturnType<typeof concordanceLines>) => lines.map((l) => `${l.before}|${l.keyword.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')}|${l.after}`);

  it('gives forms of one sentence close enough to show in each other’s context one line, a name and its bracketed hanzi included', () => {
    const occurrences = [at('p-1', sentence, 'Data'), at('p-1', sentence, '数据'), at('p-1', sentence, 'data'), at('p-2', 'More data.', 'data')];
    const lines = concordanceLines(occurrences);
    expect(lines.map((l) => l.anchor)).toEqual(['p-1', 'p-2']);
    expect(shown(lines)).toEqual(['|[Data] ([数据]) is a factor; [data]| again.', 'More |[data]|.']);
  });

  it('gives a name, its hanzi and its abbreviation in one sentence one line, quoted as running text', () => {
    // Jamestown China Brief 19:7 (2019), "Propaganda Themes at the CPPCC".
    const text = 'Of the two institutions, the Chinese People’s Political Consultative Conference (Zhongguo Renmin Zhengzhi  Xieshang Huiyi, 中国人民政治协商会议), or CPPCC, is the one less understood by many foreign    observers.';
    const lines = concordanceLines([at('p-1', text, 'Chinese People’s Political Consultative Conference'), at('p-1', text, '中国人民政治协商会议'), at('p-1', text, 'CPPCC')]);
    expect(shown(lines)).toEqual(['Of the two institutions, the |[Chinese People’s Political Consultative Conference] (Zhongguo Renmin Zhengzhi Xieshang Huiyi, [中国人民政治协商会议]), or [CPPCC]|, is the one less understood by…']);
    expect(lines[0].long).toBe(true);
  });

  it('keeps forms of one sentence too far apart to share their context on lines of their own', () => {
    // SESEC, "SAC/TC 260 publishes key working tasks and priorities in 2023".
    const text = 'As cybersecurity standards are mainly developed to support governmental regulations, the development of this document is in line with the requirement of China’s policies and legislation, such as the National Standardization Development Outline, cybersecurity legislation, and China’s basic data system.';
    const lines = concordanceLines([at('p-1', text, 'cybersecurity'), at('p-1', text, 'cybersecurity', 10)]);
    expect(shown(lines)).toEqual(['As |[cybersecurity]| standards are mainly developed…', '…Development Outline, |[cybersecurity]| legislation, and China’s basic…']);
  });

  it('marks overlapping forms once, and keeps the same sentence in another paragraph as its own line', () => {
    const lines = concordanceLines([at('p-1', 'Big data.', 'Big data'), at('p-1', 'Big data.', 'data'), at('p-2', 'Big data.', 'data')]);
    expect(shown(lines)).toEqual(['|[Big data]|.', 'Big |[data]|.']);
  });

  it('keeps the sentence’s own spacing either side, runs of white space as one space as the page shows them', () => {
    // Digital China Wins the Future, "Specialized terminology": the keyword is followed by a comma, not a space.
    const text = 'Plans  such as Cyber Great Power, Digital\nChina.';
    const [line] = concordanceLines([at('p-1', text, 'Cyber Great Power')]);
    expect(shown([line])).toEqual(['Plans such as |[Cyber Great Power]|, Digital China.']);
  });

  it('marks a mention wider than about half a line, a CJK character counting two, to be quoted as running text', () => {
    // Hoover Institution, "AI titans" (2020).
    const text = 'China has since implemented the New Generation Artificial Intelligence Development Plan (新一代人工智能发展规划), released in July 2017.';
    const lines = concordanceLines([at('p-1', text, 'New Generation Artificial Intelligence Development Plan'), at('p-1', text, '新一代人工智能发展规划'), at('p-2', text, '新一代人工智能发展规划')]);
    expect(lines.map((l) => l.long)).toEqual([true, false]);
    expect(concordanceLines([at('p-1', sentence, 'Data')])[0].long).toBe(false);
  });

  it('keeps a few words either side, cut at a word boundary', () => {
    const long = 'One two three four five six seven eight nine ten eleven twelve data thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.';
    const [line] = concordanceLines([at('p-1', long, 'data')]);
    expect(line.before).toMatch(/^…\S/);
    expect(line.before.endsWith('eleven twelve ')).toBe(true);
    expect(line.before.length).toBeLessThanOrEqual(35);
    expect(line.after).toMatch(/^ thirteen fourteen .*\S…$/);
    expect(line.after.length).toBeLessThanOrEqual(35);
  });
});

describe('term page concordance', () => {
  const occurrencesIn = (article: string, count: number): Occurrence[] =>
    Array.from({ length: count }, (_, i) => ({ term: 'data', article, anchor: `p-${i + 1}`, occurrence: i + 1, sentence: 'Big data.', start: 4, end: 8 }));

  it('shows the first articles and the first lines of each, and counts every mention', () => {
    const articles = [{ id: 'long' }, { id: 'short' }, { id: 'older' }];
    const { groups, mentions, total } = termConcordance(articles, [...occurrencesIn('long', 25), ...occurrencesIn('short', 2), ...occurrencesIn('older', 3)], { maxArticles: 2, maxLines: 20 });
    expect(groups.map(({ article, lines, more, next }) => [article.id, lines.length, more, next])).toEqual([['long', 20, 5, 'p-21'], ['short', 2, 0, undefined]]);
    expect(groups[0].lines.map((line) => line.anchor).slice(0, 2)).toEqual(['p-1', 'p-2']);
    expect(mentions).toEqual(new Map([['long', 25], ['short', 2], ['older', 3]]));
    expect(total).toBe(30);
  });

  it('counts a form a sentence repeats as a mention of its own, though it shares the line; a bracketed gloss counts with its form', () => {
    // One passage, two mentions: "Data (数据)" and "data again".
    const sentence = 'Data (数据) is a factor; data again.';
    const occurrences = ['Data', '数据', 'data'].map((surface): Occurrence => {
      const start = sentence.indexOf(surface);
      return { term: 'data', article: 'a', anchor: 'p-1', occurrence: 1, sentence, start, end: start + surface.length };
    });
    // Jamestown China Brief 19:7 (2019): the name, its pinyin and hanzi in brackets, then its abbreviation.
    const cppcc = 'Of the two institutions, the Chinese People’s Political Consultative Conference (Zhongguo Renmin Zhengzhi  Xieshang Huiyi, 中国人民政治协商会议), or CPPCC, is the one less understood.';
    const names = ['Chinese People’s Political Consultative Conference', '中国人民政治协商会议', 'CPPCC'].map((surface): Occurrence => {
      const start = cppcc.indexOf(surface);
      return { term: 'cppcc', article: 'b', anchor: 'p-1', occurrence: 1, sentence: cppcc, start, end: start + surface.length };
    });
    const { groups, mentions, total, lines } = termConcordance([{ id: 'a' }, { id: 'b' }], [...occurrences, ...names], { maxArticles: 2, maxLines: 20 });
    expect(groups.map(({ mentions, passages }) => [mentions, passages])).toEqual([[2, 1], [2, 1]]);
    expect([...mentions.values(), total, lines]).toEqual([2, 2, 4, 2]);
  });

  it('counts forms with only punctuation between them as one mention: a gloss in brackets or quotes', () => {
    const mentionsOf = (text: string, surfaces: string[]) => {
      const occurrences = surfaces.map((surface): Occurrence => {
        const start = text.indexOf(surface);
        return { term: 't', article: 'a', anchor: 'p-1', occurrence: 1, sentence: text, start, end: start + surface.length };
      });
      return concordanceLines(occurrences).map((line) => line.mentions);
    };
    // DigiChina, "Analyzing China's 2021–2025 Informatization Plan" (2022).
    expect(mentionsOf('…ultimately gets to the opposite of inaction (无为, wúwéi) which is then equated with…', ['无为', 'wúwéi'])).toEqual([1]);
    expect(mentionsOf('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword.', ['high-quality development', '高质量发展'])).toEqual([1]);
    // The Neican table excerpt of e2e/fixtures/articles/2016-fixture-term-tables.md.
    expect(mentionsOf('held a meeting to discuss "common prosperity" 共同富裕.', ['common prosperity', '共同富裕'])).toEqual([1]);
  });
});

describe('Anki CSV', () => {
  it('quotes commas and quotation marks so every field comes back as written', () => {
    const tricky = entry('tricky', 'shì', { term: 'A "quoted", term', summary: 'Commas, "quotes" and; semicolons.' });
    const [record] = parseCsv(glossaryCsv([tricky]).split('\n').filter((l) => !l.startsWith('#')).join('\n')) as string[][];
    expect(record).toEqual(['词', 'shì · A "quoted", term · Commas, "quotes" and; semicolons.', 'policy-reader policy-reader::concept', 'policy-reader:tricky']);
  });
});
