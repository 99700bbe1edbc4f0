/**
 * Typed relations between glossary entries, in both directions. An entry states a relation once
 * (`related: [{ id: y, relation: predecessor }]` on x: y came before x); every other view — term
 * pages, the graph, the exports, the lint — derives the reverse from here, so a successor's page
 * shows its predecessor without a second hand edit.
 */
import { byCodeUnits } from './order.ts';
import type { GlossaryEntry, RelatedTerm, RelationType, Source } from './schema.ts';

/** A relation as seen from one entry: the stated ones plus the inverses `has-part` and `full-form`. */
export type Relation = RelationType | 'has-part' | 'full-form';

/** Read from the entry that holds it: "y is this entry's <relation>", e.g. predecessor: y came before. */
export const inverseRelation: Record<Relation, Relation> = {
  predecessor: 'successor',
  successor: 'predecessor',
  'part-of': 'has-part',
  'has-part': 'part-of',
  'short-form-of': 'full-form',
  'full-form': 'short-form-of',
  'contrasts-with': 'contrasts-with',
  'see-also': 'see-also',
};

/** How a term page names another entry under each relation; in the order the page lists them. */
export const relationLabels: Record<Relation, string> = {
  predecessor: 'Preceded by',
  successor: 'Followed by',
  'part-of': 'Part of',
  'has-part': 'Includes',
  'short-form-of': 'Short form of',
  'full-form': 'Full form of',
  'contrasts-with': 'Contrasts with',
  'see-also': 'See also',
};

export const relationOrder = Object.keys(relationLabels) as Relation[];

/** A `related` item in its object form; a bare id is a see-also. */
export function statedRelation(item: RelatedTerm): { id: string; relation: RelationType; note?: string; source?: Source } {
  return typeof item === 'string' ? { id: item, relation: 'see-also' } : item;
}

export interface TermLink {
  /** The other entry. */
  id: string;
  relation: Relation;
  /** `stated` when this entry's own YAML says it, `derived` when it is the inverse of the other entry's. */
  origin: 'stated' | 'derived';
  /** The stated item's note and source, carried to both sides. */
  note?: string;
  source?: Source;
}

type Entry = Pick<GlossaryEntry, 'id' | 'related'>;

/**
 * Every entry's relations, both directions, one per pair of entries. Where the two sides disagree,
 * a typed relation wins over a see-also, then the stated side over the derived (the lint reports both).
 * Links to ids with no entry and to the entry itself are left out. Each list is sorted by relation
 * (the page's order), then id, so every view is deterministic.
 */
export function relationsByEntry(entries: readonly Entry[]): Map<string, TermLink[]> {
  const known = new Set(entries.map((entry) => entry.id));
  const links = new Map<string, Map<string, TermLink>>(entries.map((entry) => [entry.id, new Map()]));
  const rank = (link: TermLink) => (link.relation === 'see-also' ? 0 : 2) + (link.origin === 'stated' ? 1 : 0);
  const offer = (from: string, link: TermLink) => {
    const mine = links.get(from)!;
    const current = mine.get(link.id);
    if (!current || rank(link) > rank(current)) mine.set(link.id, link);
  };
  for (const entry of entries) {
    for (const item of entry.related) {
      const { id, relation, note, source } = statedRelation(item);
      if (!known.has(id) || id === entry.id) continue;
      const evidence = { ...(note && { note }), ...(source && { source }) };
      offer(entry.id, { id, relation, origin: 'stated', ...evidence });
      offer(id, { id: entry.id, relation: inverseRelation[relation], origin: 'derived', ...evidence });
    }
  }
  const order = (a: TermLink, b: TermLink) => relationOrder.indexOf(a.relation) - relationOrder.indexOf(b.relation) || byCodeUnits(a.id, b.id);
  return new Map([...links].map(([id, mine]) => [id, [...mine.values()].sort(order)]));
}

export interface Lineage {
  /** Generations before the entry, nearest first: [[predecessors], [their predecessors], …]. */
  before: string[][];
  /** Generations after it, nearest first. */
  after: string[][];
}

/**
 * The chain of predecessors and successors around one entry, generation by generation, each entry
 * once (the nearest generation keeps it), so a cycle the lint reports cannot loop here.
 */
export function lineageOf(id: string, relations: ReadonlyMap<string, readonly TermLink[]>): Lineage {
  const walk = (direction: 'predecessor' | 'successor') => {
    const seen = new Set([id]);
    const generations: string[][] = [];
    let current = [id];
    while (current.length > 0) {
      const next = current.flatMap((from) => (relations.get(from) ?? []).filter((l) => l.relation === direction && !seen.has(l.id)).map((l) => l.id));
      const unique = [...new Set(next)].sort();
      unique.forEach((other) => seen.add(other));
      if (unique.length > 0) generations.push(unique);
      current = unique;
    }
    return generations;
  };
  return { before: walk('predecessor'), after: walk('successor') };
}
