/**
 * Terms in time in the built site (shared build under /policy-reader/): relations shown on both
 * terms' pages, one timeline node per dated event and one graph node per term, each linking to an
 * existing term page, and the exports that carry the new fields. Expected values come from the
 * content itself, so adding a term or an event changes nothing here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { relationsByEntry, statedRelation } from '../core/relations.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { corpus } from './support/corpus.ts';

const siteDir = inject('siteDir');
const read = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts), 'utf8');
const page = (...parts: string[]) => read(...parts, 'index.html');
const entries = loadGlossary(corpus.glossary);
const byId = new Map(entries.map((e) => [e.id, e]));
const termHref = (id: string) => `${BASE}glossary/${id}/`;

/** The links of a term page's "Related terms" section, with the relation each is listed under. */
function relatedLinks(id: string): { id: string; relation: string }[] {
  const section = /<section class="lineage"[\s\S]*?<\/section>/.exec(page('glossary', id))?.[0] ?? '';
  return [...section.matchAll(/<a href="([^"]+)" data-relation="([^"]+)"/g)].map(([, href, relation]) => ({ id: href.slice(`${BASE}glossary/`.length, -1), relation }));
}

describe('relations on term pages', () => {
  const stated = entries.flatMap((entry) => entry.related.map((item) => ({ from: entry.id, ...statedRelation(item) })));
  const typed = stated.filter((r) => r.relation !== 'see-also');

  it('shows every typed relation on both terms, the inverse on the other', () => {
    expect(typed.length).toBeGreaterThan(0);
    const derived = relationsByEntry(entries);
    for (const { from, id, relation } of typed) {
      expect(relatedLinks(from)).toContainEqual({ id, relation });
      const inverse = derived.get(id)!.find((link) => link.id === from)!.relation;
      expect(relatedLinks(id), `${id} should list ${from} as ${inverse}`).toContainEqual({ id: from, relation: inverse });
    }
  });

  it('draws a lineage chain, oldest first, that runs through the term in both directions', () => {
    const predecessor = typed.find((r) => r.relation === 'predecessor')!;
    const html = page('glossary', predecessor.from);
    const chain = /<ol class="lineage-chain"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    const earlier = chain.indexOf(`href="${termHref(predecessor.id)}"`);
    const self = chain.indexOf('aria-current="page"');
    expect(earlier).toBeGreaterThan(-1);
    expect(self).toBeGreaterThan(earlier);
    const olderPage = /<ol class="lineage-chain"[\s\S]*?<\/ol>/.exec(page('glossary', predecessor.id))?.[0] ?? '';
    expect(olderPage.indexOf(`href="${termHref(predecessor.from)}"`)).toBeGreaterThan(olderPage.indexOf('aria-current="page"'));
  });

  it('lists each rendering with who uses it and a link to the source', () => {
    const entry = entries.find((e) => e.renderings.length > 0)!;
    const html = page('glossary', entry.id);
    // As read: a rendering's hyphenated words are wrapped to keep them on one line.
    const rows = parse(html).querySelectorAll('.renderings tbody th').map((th) => th.text);
    for (const r of entry.renderings) {
      expect(html).toContain(`href="${r.source.url.replace(/&/g, '&amp;')}"`);
      expect(rows.some((row) => row.startsWith(`“${r.text}”`))).toBe(true);
    }
  });
});

describe('the glossary timeline', () => {
  const html = page('glossary', 'timeline');
  const nodes = [...html.matchAll(/<a class="timeline-event" href="([^"]+)" data-category="([^"]+)"/g)];

  it('has one node per dated event, each linking to its term page', () => {
    const events = entries.flatMap((e) => e.timeline.map(() => ({ href: termHref(e.id), category: e.category })));
    expect(nodes.map(([, href, category]) => ({ href, category })).sort((a, b) => (a.href < b.href ? -1 : 1))).toEqual(events.sort((a, b) => (a.href < b.href ? -1 : 1)));
    for (const [, href] of nodes) expect(existsSync(path.join(siteDir, href.slice(BASE.length), 'index.html'))).toBe(true);
  });

  it('offers a filter for each category that has events, and the events in full as text', () => {
    const categories = new Set(entries.filter((e) => e.timeline.length > 0).map((e) => e.category));
    for (const category of categories) expect(html).toContain(`id="category-${category}"`);
    const listed = [...html.matchAll(/<li data-category=/g)].length;
    expect(listed).toBe(nodes.length);
  });
});

describe('the term graph', () => {
  const html = page('glossary', 'graph');

  it('has one node per term, linking to its page, inside the picture', () => {
    const nodes = [...html.matchAll(/<a class="graph-node(?: crowded)?" href="([^"]+)" data-id="([^"]+)"><circle cx="([\d.]+)" cy="([\d.]+)"/g)];
    expect(nodes.map(([, , id]) => id).sort()).toEqual(entries.map((e) => e.id).sort());
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(html.slice(html.indexOf('class="term-graph"')))!.map(Number);
    for (const [, href, id, cx, cy] of nodes) {
      expect(href).toBe(termHref(id));
      expect(Number(cx)).toBeLessThanOrEqual(width);
      expect(Number(cy)).toBeLessThanOrEqual(height);
    }
  });
});

describe('exports', () => {
  it('glossary.json carries renderings, timeline and relations in both directions', () => {
    const json = JSON.parse(read('glossary.json')) as { terms: { id: string; renderings: unknown[]; timeline: unknown[]; relations: { id: string; relation: string; origin: string }[] }[] };
    const derived = relationsByEntry(entries);
    for (const term of json.terms) {
      expect(term.renderings).toEqual(byId.get(term.id)!.renderings);
      expect(term.timeline).toEqual(byId.get(term.id)!.timeline);
      expect(term.relations).toEqual(derived.get(term.id));
    }
  });

  it('sources.json lists every cited URL once as CSL-JSON', () => {
    const items = JSON.parse(read('glossary', 'sources.json')) as { id: string; type: string; title: string; URL: string }[];
    const cited = new Set(entries.flatMap((e) => [...e.sources, ...e.renderings.map((r) => r.source), ...e.timeline.map((t) => t.source)].map((s) => s.url)));
    expect(new Set(items.map((i) => i.URL)).size).toBe(items.length);
    for (const url of cited) expect(items.map((i) => i.URL)).toContain(url);
    for (const item of items) expect(item).toMatchObject({ type: 'webpage', id: expect.stringMatching(/^source-[0-9a-f]{12}$/), title: expect.any(String) });
  });

  it('the Anki CSV puts the renderings on the back of the card', () => {
    const entry = entries.find((e) => e.renderings.length > 1)!;
    const csv = read('glossary.csv');
    const line = csv.split('\n').find((l) => l.includes(`policy-reader:${entry.id}`))!;
    expect(line).toContain(`Renderings: ${entry.renderings[0].text} (${entry.renderings[0].by})`.replace(/"/g, '""'));
  });
});
