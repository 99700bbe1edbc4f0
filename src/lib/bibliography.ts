/**
 * Every source the glossary cites — an entry's sources, its renderings', its timeline's and its
 * relations' — as CSL-JSON (the citation format Zotero, Pandoc and citeproc read), one item per URL.
 */
import { createHash } from 'node:crypto';
import { byCodeUnits } from '../../core/order.ts';
import type { GlossaryEntry, Source } from '../../core/schema.ts';

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  URL: string;
  /** Which glossary entries cite it, for a reader going back from the bibliography. */
  note: string;
}

function citedSources(entry: GlossaryEntry): Source[] {
  return [
    ...entry.sources,
    ...entry.renderings.map((r) => r.source),
    ...entry.timeline.map((e) => e.source),
    ...entry.related.flatMap((item) => (typeof item !== 'string' && item.source ? [item.source] : [])),
  ];
}

/** Items sorted by URL; the id is a hash of the URL, so it stays put when other sources come and go. A URL cited under two titles keeps the first (by entry id). */
export function bibliography(entries: readonly GlossaryEntry[]): CslItem[] {
  const byUrl = new Map<string, { title: string; citedBy: Set<string> }>();
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const source of citedSources(entry)) {
      const item = byUrl.get(source.url) ?? { title: source.title, citedBy: new Set<string>() };
      item.citedBy.add(entry.id);
      byUrl.set(source.url, item);
    }
  }
  return [...byUrl]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([url, { title, citedBy }]) => ({
      id: `source-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`,
      type: 'webpage' as const,
      title,
      URL: url,
      note: `Cited by glossary entries: ${[...citedBy].join(', ')}`,
    }));
}
