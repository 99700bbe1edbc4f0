/**
 * The glossary's dated events on one time axis, laid out at build time for `/glossary/timeline/`:
 * one row per event, oldest first, its dot at its date on a linear scale of years.
 */
import { scaleLinear } from 'd3-scale';
import { byCodeUnits } from '../../core/order.ts';
import type { GlossaryEntry, TermCategory, TimelineEvent } from '../../core/schema.ts';

/** Oldest first; a year alone sorts before the months of that year, which it may cover. */
export const byDate = (a: Pick<TimelineEvent, 'date'>, b: Pick<TimelineEvent, 'date'>) => byCodeUnits(a.date, b.date);

/** A date as a fractional year, at the middle of the period it names (2017 → 2017.5, 2017-10 → 2017.79). */
export function yearPosition(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1) / 12 + (day - 0.5) / 365;
}

export interface PlacedEvent extends TimelineEvent {
  termId: string;
  term: string;
  hanzi: string;
  category: TermCategory;
  x: number;
  y: number;
  /** Where the label goes: right of the dot in the earlier part of the axis, left of it near the end. */
  anchor: 'start' | 'end';
}

export interface TimelineChart {
  events: PlacedEvent[];
  ticks: { year: number; x: number }[];
  width: number;
  height: number;
}

export const timelineRow = 22;
const axisHeight = 30;

/** Every event of every entry, in date order (then by term, then in the entry's order). */
export function layoutTimeline(entries: readonly GlossaryEntry[], width: number): TimelineChart {
  const flat = entries
    .flatMap((entry) => entry.timeline.map((event, index) => ({ event, entry, index })))
    .sort((a, b) => byDate(a.event, b.event) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.index - b.index));
  if (flat.length === 0) return { events: [], ticks: [], width, height: axisHeight };
  const years = flat.map(({ event }) => Number(event.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const x = scaleLinear().domain([first, last]).range([16, width - 16]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const step = Math.max(1, Math.ceil((last - first) / 12));
  const ticks = [];
  for (let year = first; year <= last; year += step) ticks.push({ year, x: round(x(year)) });
  const events = flat.map(({ event, entry }, row) => {
    const at = round(x(yearPosition(event.date)));
    return { ...event, termId: entry.id, term: entry.term, hanzi: entry.hanzi, category: entry.category, x: at, y: axisHeight + row * timelineRow + timelineRow / 2, anchor: at > width * 0.55 ? ('end' as const) : ('start' as const) };
  });
  return { events, ticks, width, height: axisHeight + flat.length * timelineRow + 8 };
}
