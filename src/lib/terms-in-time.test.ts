/**
 * The build-time pictures and exports of the glossary's history, on a small made-up glossary:
 * timeline rows, graph layout (deterministic, one node per term), mentions by year,
 * the bibliography.
 */
import { describe, expect, it } from 'vitest';
import { relationsByEntry } from '../../core/relations.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { bibliography } from './bibliography.ts';
import { mentionBars, mentionsByYear } from './mentions.ts';
import { layoutTermGraph } from './term-graph.ts';
import { layoutTimeline, yearPosition } from './timeline-chart.ts';

const source = (n: number) => ({ title: `Source ${n}`, url: `https://example.org/${n}` });
const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, term: `Term ${id}`, hanzi: '词', pinyin: 'cí', aliases: [], category: 'concept', summary: 's', definition: 'd', related: [], renderings: [], timeline: [], sources: [source(0)], ...extra,
});
const glossary = [
  entry('a', { category: 'law', timeline: [{ date: '2016-11-07', event: 'Adopted.', source: source(1) }, { date: '2015', event: 'Drafted.', source: source(2) }] }),
  entry('b', { related: [{ id: 'a', relation: 'predecessor' }], timeline: [{ date: '2021-06', event: 'Adopted.', source: source(1) }], renderings: [{ text: 'B', by: 'X', source: source(3) }] }),
  entry('c', { related: ['a'] }),
  entry('d'),
];

describe('timeline chart', () => {
  it('places every event in its own row, oldest first, at the middle of the period its date names', () => {
    const chart = layoutTimeline(glossary, 1000);
    expect(chart.events.map((e) => `${e.termId} ${e.date}`)).toEqual(['a 2015', 'a 2016-11-07', 'b 2021-06']);
    expect(new Set(chart.events.map((e) => e.y)).size).toBe(3);
    expect(chart.events[0].x).toBeLessThan(chart.events[1].x);
    expect(chart.events.every((e) => e.x >= 0 && e.x <= 1000 && e.y <= chart.height)).toBe(true);
    expect(yearPosition('2017')).toBe(2017.5);
    expect(yearPosition('2017-01')).toBeCloseTo(2017 + 0.5 / 12);
  });
});

describe('term graph', () => {
  // As the conversion counts them (pipeline/graph/cooccurrence.ts).
  const pairs = [{ a: 'c', b: 'd', paragraphs: 2 }];

  it('lays out one node per term inside the picture, the same way every time', () => {
    const links = relationsByEntry(glossary);
    const first = layoutTermGraph(glossary, links, pairs, { width: 600, height: 400 });
    const second = layoutTermGraph([...glossary].reverse(), links, pairs, { width: 600, height: 400 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(first.nodes.every((n) => n.x >= 0 && n.x <= 600 && n.y >= 0 && n.y <= first.height)).toBe(true);
    expect(first.edges.map((e) => `${e.source} ${e.kind} ${e.target}`)).toEqual(['a successor b', 'a see-also c', 'c co-occurrence d']);
    expect(first.nodes.some((n) => n.crowded)).toBe(false);
  });

  it('keeps a term with no connection among the others, not at the picture\'s edge past a gap', () => {
    // Thirty terms in a chain, and one related to none of them.
    const chain = Array.from({ length: 30 }, (_, i) => entry(`c${String(i).padStart(2, '0')}`, { related: i > 0 ? [`c${String(i - 1).padStart(2, '0')}`] : [] }));
    const all = [...chain, entry('lone')];
    const graph = layoutTermGraph(all, relationsByEntry(all), []);
    const nearest = (id: string) => {
      const node = graph.nodes.find((n) => n.id === id)!;
      return Math.min(...graph.nodes.filter((n) => n !== node).map((n) => Math.hypot(n.x - node.x, n.y - node.y)));
    };
    const linkedSpacing = Math.max(...chain.map((e) => nearest(e.id)));
    expect(nearest('lone')).toBeLessThanOrEqual(linkedSpacing);
  });

  it('hides the labels that would overlap, best-connected terms keeping theirs', () => {
    // Forty terms with long names in a small picture, all related to the hub.
    const hub = entry('hub', { term: 'Hub', related: Array.from({ length: 40 }, (_, i) => `t${i}`) });
    const crowd = [hub, ...Array.from({ length: 40 }, (_, i) => entry(`t${i}`, { term: `A rather long name for term ${i}` }))];
    const graph = layoutTermGraph(crowd, relationsByEntry(crowd), [], { width: 500, height: 300 });
    const crowded = graph.nodes.filter((n) => n.crowded);
    expect(crowded.length).toBeGreaterThan(0);
    expect(crowded.length).toBeLessThan(graph.nodes.length);
    expect(graph.nodes.find((n) => n.id === 'hub')!.crowded).toBe(false);
  });
});

describe('mentions by year', () => {
  it('sums occurrences per year of article and keeps the empty years between', () => {
    const counts = mentionsByYear([{ published: '2019-05', count: 2 }, { published: '2021', count: 1 }, { published: '2019-01-02', count: 3 }]);
    expect(counts).toEqual([{ year: 2019, count: 5 }, { year: 2020, count: 0 }, { year: 2021, count: 1 }]);
    const bars = mentionBars(counts, 300, 100);
    expect(bars.map((b) => b.height)).toEqual([100, 0, 20]);
  });
});

describe('bibliography', () => {
  it('lists every cited source once, with a stable id and the entries that cite it', () => {
    const items = bibliography(glossary);
    expect(items.map((i) => i.URL)).toEqual([0, 1, 2, 3].map((n) => source(n).url));
    expect(items[1]).toMatchObject({ type: 'webpage', title: 'Source 1', note: 'Cited by glossary entries: a, b' });
    expect(bibliography(glossary.slice(1))[0].id).toBe(items[0].id);
  });
});
