/**
 * A term's mentions in the corpus by the year its articles were published, for the term page's
 * small bar chart. Every year from the first to the last is present, so gaps show as gaps.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface YearCount {
  year: number;
  count: number;
}

/** `articles`: each article that uses the term, with its publication date (ISO) and how often it does. */
export function mentionsByYear(articles: readonly { published: string; count: number }[]): YearCount[] {
  const byYear = new Map<number, number>();
  for (const { published, count } of articles) {
    const year = Number(published.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + count);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: byYear.get(first + i) ?? 0 }));
}

export interface Bar extends YearCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars in a `width` × `height` plot area (below it, room for the year labels), coordinates rounded for stable output. */
export function mentionBars(counts: readonly YearCount[], width: number, height: number): Bar[] {
  const x = scaleBand<number>().domain(counts.map((c) => c.year)).range([0, width]).paddingInner(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...counts.map((c) => c.count))]).range([height, 0]);
  const round = (value: number) => Math.round(value * 10) / 10;
  return counts.map((c) => ({ ...c, x: round(x(c.year) ?? 0), y: round(y(c.count)), width: round(x.bandwidth()), height: round(height - y(c.count)) }));
}
