/** A minimal valid glossary entry for unit tests: its id, hanzi and aliases, the rest placeholders. */
import type { GlossaryEntry } from '../../core/schema.ts';

export function testEntry(id: string, hanzi: string, aliases: GlossaryEntry['aliases'] = [], category: GlossaryEntry['category'] = 'concept'): GlossaryEntry {
  return { id, term: id, hanzi, pinyin: 'x', aliases, category, summary: 's', definition: 'd', related: [], renderings: [], timeline: [], sources: [{ title: 't', url: 'https://example.org/' }] };
}
