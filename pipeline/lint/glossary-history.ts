/**
 * The content lint's rules for a term's history: related ids name entries, typed relations agree
 * with their inverses and never loop, and a timeline keeps to the term's `introduced` year unless
 * an event says why not. (Source URLs and real dates are the schema's: core/schema.ts.)
 */
import type { ContentError } from '../content-error.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import { inverseRelation, relationsByEntry, statedRelation, type Relation } from '../../core/relations.ts';

/** Builds a message placed at a field of an entry's YAML (content-lint.ts's placer). */
export type PlaceInEntry = (entry: GlossaryEntry, path: (string | number)[], message: string, hint?: string) => ContentError;

interface Stated {
  entry: GlossaryEntry;
  index: number;
  relation: Relation;
}

export function lintGlossaryHistory(entries: readonly GlossaryEntry[], at: PlaceInEntry, errors: ContentError[], warnings: ContentError[]): void {
  const ids = new Set(entries.map((entry) => entry.id));
  const where = (stated: Stated) => at(stated.entry, ['related', stated.index], '');
  const place = (stated: Stated) => `${where(stated).file}:${where(stated).line}`;

  // Every stated relation by ordered pair "from→to", for the inverse check.
  const statedPairs = new Map<string, Stated>();
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.related.forEach((item, index) => {
      const { id, relation } = statedRelation(item);
      const path = ['related', index];
      if (!ids.has(id)) errors.push(at(entry, path, `related id "${id}" does not exist`, 'name the file of another glossary entry, without .yaml'));
      else if (id === entry.id) errors.push(at(entry, path, 'an entry cannot be related to itself', `remove "${id}"`));
      else if (seen.has(id)) errors.push(at(entry, path, `"${id}" is listed twice in related`, 'keep one item per entry, with the one relation that holds'));
      else statedPairs.set(`${entry.id}→${id}`, { entry, index, relation: statedRelation(item).relation });
      seen.add(id);
    });
  }

  for (const [pair, stated] of statedPairs) {
    const [from, to] = pair.split('→');
    const other = statedPairs.get(`${to}→${from}`);
    if (!other || from > to) continue; // each pair once, reported on the second entry by id
    const expected = inverseRelation[stated.relation];
    if (other.relation === expected) continue;
    const says = `${from} says ${to} is its ${stated.relation} (${place(stated)}), so ${to}'s relation to ${from} is ${expected}`;
    if (stated.relation === 'see-also' || other.relation === 'see-also') {
      const typed = stated.relation === 'see-also' ? other : stated;
      const loose = typed === stated ? other : stated;
      warnings.push(at(loose.entry, ['related', loose.index], `a see-also where ${typed.entry.id} states a ${typed.relation} relation (${place(typed)})`, `remove this item (the page derives ${inverseRelation[typed.relation]}) or write relation: ${inverseRelation[typed.relation]}`));
    } else {
      errors.push(at(other.entry, ['related', other.index], `relation ${other.relation} contradicts ${says}`, `write relation: ${expected} here, or correct ${from}'s item`));
    }
  }

  const relations = relationsByEntry(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const relation of ['predecessor', 'part-of'] as const) {
    for (const cycle of findCycles(relations, relation)) {
      const first = byId.get(cycle[0])!;
      errors.push(at(first, ['related'], `${relation} relations form a loop: ${[...cycle, cycle[0]].join(' → ')}`, `remove or correct one ${relation} item in the loop`));
    }
  }

  for (const entry of entries) {
    entry.timeline.forEach((event, index) => {
      const year = Number(event.date.slice(0, 4));
      const early = entry.introduced !== undefined && year < entry.introduced;
      if (early && !event.reason) {
        errors.push(at(entry, ['timeline', index, 'date'], `event dated ${event.date} predates the term's introduced year ${entry.introduced}`, 'correct the date or introduced, or add reason: saying why the event comes first (a precursor, an earlier wording)'));
      } else if (!early && event.reason) {
        warnings.push(at(entry, ['timeline', index, 'reason'], `reason is not needed: ${event.date} is not before ${entry.introduced ?? 'an introduced year'}`, 'remove reason'));
      }
    });
  }
}

/** Loops along one relation (a predecessor of a predecessor … of itself), each reported once. */
function findCycles(relations: ReadonlyMap<string, readonly { id: string; relation: Relation }[]>, relation: Relation): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const link of relations.get(id) ?? []) {
      if (link.relation !== relation) continue;
      const seen = state.get(link.id);
      // A loop of two is a contradiction of inverses, reported above.
      if (seen === 'open' && stack.length - stack.indexOf(link.id) > 2) cycles.push(stack.slice(stack.indexOf(link.id)));
      else if (seen === undefined) visit(link.id);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...relations.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
