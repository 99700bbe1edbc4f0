/**
 * The term graph of `/glossary/graph/`: typed relations and same-paragraph co-occurrence, laid out
 * at build time with d3-force. The simulation starts from d3's fixed initial placement, draws its
 * jitter from a seeded generator and runs until it cools, so one glossary gives one picture, byte
 * for byte. The build lays it out beside Astro's start-up (src/integrations/term-graph-layout.ts);
 * the page reads the result.
 */
import { readFileSync } from 'node:fs';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { TermLink } from '../../core/relations.ts';
import { projectGeneratedFiles } from '../../core/paths.ts';
import type { CoOccurrence, GlossaryEntry, TermCategory } from '../../core/schema.ts';

export interface GraphNode {
  id: string;
  term: string;
  category: TermCategory;
  x: number;
  y: number;
  /** The label's side of the dot: `start` (right of it) or `end` (left of it). */
  anchor: 'start' | 'end';
  /** The label would overlap another: shown only while its dot is pointed at or the link focused. */
  crowded: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** A typed relation as stated by `source` (predecessor: target came before source), or `co-occurrence`. */
  kind: TermLink['relation'] | 'co-occurrence';
  /** Paragraphs shared, for co-occurrence. */
  weight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TermGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

/** A linear congruential generator (Numerical Recipes' constants): d3-force's jitter, reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(1664525, state) + 1013904223) >>> 0) / 2 ** 32;
}

const labelStretch = 2.6;
/** A label's line at the graph's 11 px, with a pixel of air. */
const labelHeight = 14;

/**
 * A label's width at 11 px, rounded up from DejaVu Sans's advances, the widest font of --font-ui's
 * stack: labels judged apart in it are apart in the narrower system fonts too.
 */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char)) width += 11;
    else if (/[mwMW%@]/.test(char)) width += 11;
    else if (/[\sijlIJ.,:;'’|!()[\]frt-]/.test(char)) width += 4.5;
    else if (/[A-Z0-9]/.test(char)) width += 8.5;
    else width += 7;
  }
  return width;
}

type Box = [left: number, top: number, right: number, bottom: number];

/** Boxes placed so far, bucketed by area so that a new box is checked against its neighbours only. */
class PlacedBoxes {
  private readonly cells = new Map<string, Box[]>();
  private static readonly cell = 100;

  private keys([left, top, right, bottom]: Box): string[] {
    const { cell } = PlacedBoxes;
    const keys: string[] = [];
    for (let x = Math.floor(left / cell); x <= Math.floor(right / cell); x++) for (let y = Math.floor(top / cell); y <= Math.floor(bottom / cell); y++) keys.push(`${x} ${y}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) (this.cells.get(key) ?? this.cells.set(key, []).get(key)!).push(box);
  }

  overlaps(box: Box): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((other) => box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]));
  }
}

/** A dot's radius on the page, with half its outline and a pixel of air. */
const dotReach = 8;

/**
 * Puts each label right or left of its dot, wherever it overlaps no label placed before it and no
 * other dot (a label over a dot would take its pointer) and stays inside the picture; a label with
 * no such place is `crowded` (the page shows it on hover and focus only). Best-connected terms are
 * placed first, then by id, so hubs keep their labels and the result is stable.
 */
function placeLabels(nodes: readonly { term: string; x: number; y: number; degree: number }[], width: number): { anchor: 'start' | 'end'; crowded: boolean }[] {
  const placed = new PlacedBoxes();
  // A label starts 9 px from its own dot, clear of it.
  for (const { x, y } of nodes) placed.add([x - dotReach, y - dotReach, x + dotReach, y + dotReach]);
  const order = nodes.map((_, index) => index).sort((a, b) => nodes[b].degree - nodes[a].degree || a - b);
  const labels: { anchor: 'start' | 'end'; crowded: boolean }[] = [];
  for (const index of order) {
    const { term, x, y } = nodes[index];
    const w = labelWidth(term);
    const right: Box = [x + 9, y - labelHeight / 2, x + 9 + w, y + labelHeight / 2];
    const left: Box = [x - 9 - w, y - labelHeight / 2, x - 9, y + labelHeight / 2];
    const fits = (box: Box) => box[0] >= 0 && box[2] <= width && !placed.overlaps(box);
    const free = fits(right) ? 'start' : fits(left) ? 'end' : undefined;
    if (free) placed.add(free === 'start' ? right : left);
    labels[index] = { anchor: free ?? (right[2] <= width ? 'start' : 'end'), crowded: free === undefined };
  }
  return labels;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/**
 * @param links relations per entry, both directions (core/relations.ts); each pair is drawn once
 * @param pairs co-occurrences; pairs sharing fewer than `minParagraphs` paragraphs, or already
 *   related, are left out so the typed relations stay legible
 */
export function layoutTermGraph(entries: readonly GlossaryEntry[], links: ReadonlyMap<string, readonly TermLink[]>, pairs: readonly CoOccurrence[], { width = 1200, height = 1300, minParagraphs = 2 } = {}): TermGraph {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const typed: Omit<GraphEdge, 'x1' | 'y1' | 'x2' | 'y2'>[] = [];
  const related = new Set<string>();
  for (const entry of sorted) {
    for (const link of links.get(entry.id) ?? []) {
      const key = [entry.id, link.id].sort().join(' ');
      if (related.has(key)) continue;
      related.add(key);
      typed.push({ source: entry.id, target: link.id, kind: link.relation, weight: 1 });
    }
  }
  const shared = pairs.filter((p) => p.paragraphs >= minParagraphs && !related.has(`${p.a} ${p.b}`)).map((p) => ({ source: p.a, target: p.b, kind: 'co-occurrence' as const, weight: p.paragraphs }));
  const edges = [...typed, ...shared];

  const nodes: SimNode[] = sorted.map((entry) => ({ id: entry.id }));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(20241))
    .force('link', forceLink<SimNode, { source: string; target: string; kind: string; weight: number }>(edges.map((e) => ({ ...e })))
      .id((node) => node.id)
      .distance((e) => (e.kind === 'see-also' || e.kind === 'co-occurrence' ? 120 : 70))
      // See-also and co-occurrence pull gently, so the typed relations shape the picture.
      .strength((e) => (e.kind === 'co-occurrence' ? Math.min(0.3, 0.05 * e.weight) : e.kind === 'see-also' ? 0.12 : 0.7)))
    .force('charge', forceManyBody().strength(-900))
    .force('collide', forceCollide(40))
    // A tall, narrow cloud in simulation space, which the label stretch widens to fill the picture. A
    // term with no connection has nothing else holding it: pulled harder, it stays among the others
    // instead of drifting to the picture's edge and leaving a gap.
    .force('x', forceX<SimNode>(0).strength((node) => (linked.has(node.id) ? 0.3 : 1)))
    .force('y', forceY<SimNode>(0).strength((node) => (linked.has(node.id) ? 0.03 : 1)))
    .stop();
  while (simulation.alpha() > simulation.alphaMin()) simulation.tick();

  // The simulation's circles become wide ellipses once x is stretched: room for a label beside each dot.
  for (const node of nodes) node.x = (node.x ?? 0) * labelStretch;
  // Fit the layout into the picture, keeping room for labels at the sides.
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = { x: 16, y: 16 };
  const scale = Math.min((width - 2 * margin.x) / Math.max(1, maxX - minX), (height - 2 * margin.y) / Math.max(1, maxY - minY));
  const round = (value: number) => Math.round(value * 10) / 10;
  const place = new Map(nodes.map((n) => [n.id, { x: round(margin.x + ((n.x ?? 0) - minX) * scale), y: round(margin.y + ((n.y ?? 0) - minY) * scale) }]));
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const labels = placeLabels(sorted.map((entry) => ({ term: entry.term, ...place.get(entry.id)!, degree: degree.get(entry.id) ?? 0 })), width);
  return {
    nodes: sorted.map((entry, i) => ({ id: entry.id, term: entry.term, category: entry.category, ...place.get(entry.id)!, ...labels[i] })),
    edges: edges
      .filter((e) => byId.has(e.source) && byId.has(e.target))
      .map((e) => ({ ...e, x1: place.get(e.source)!.x, y1: place.get(e.source)!.y, x2: place.get(e.target)!.x, y2: place.get(e.target)!.y })),
    width,
    height: Math.min(height, Math.ceil(2 * margin.y + (maxY - minY) * scale)),
  };
}

/** Where the content integration keeps a layout in progress: the page runs in the same process. */
export const termGraphLayoutKey = Symbol.for('policy-reader.term-graph-layout');

/** The laid-out graph of this build's generated files, once the layout started after the conversion is done. */
export async function readTermGraph(): Promise<TermGraph> {
  await (globalThis as Record<symbol, Promise<void> | undefined>)[termGraphLayoutKey];
  return JSON.parse(readFileSync(projectGeneratedFiles().termGraph, 'utf8')) as TermGraph;
}
