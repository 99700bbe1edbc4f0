/**
 * Where the terms occur, read from what the conversion wrote when a page needs it, and not kept:
 * holding every occurrence of every term for the whole build grew with the corpus.
 */
import { readFileSync } from 'node:fs';
import { projectGeneratedFiles as generated } from '../../core/paths.ts';
import { CoOccurrence, ConcordanceEntry, ConversionReport, type Occurrence } from '../../core/schema.ts';

/** Every occurrence of the term, in article (slug) then document order; none when no article uses it. */
export function readConcordance(id: string): Occurrence[] {
  return ConcordanceEntry.parse(JSON.parse(readFileSync(generated().concordance(id), 'utf8'))).occurrences;
}

/**
 * How often each term is mentioned in each article, as its page counts (core/mentions.ts), articles
 * in slug order, from the conversion's report: one small file, rather than every term's concordance.
 */
export function readMentionCounts(): Map<string, Record<string, number>> {
  const report = ConversionReport.parse(JSON.parse(readFileSync(generated().report, 'utf8')));
  const byTerm = new Map<string, Record<string, number>>();
  for (const { slug, mentions } of report.articles) {
    for (const [id, count] of Object.entries(mentions)) {
      const counts = byTerm.get(id);
      if (counts) counts[slug] = count;
      else byTerm.set(id, { [slug]: count });
    }
  }
  return byTerm;
}

/** Every pair of terms that share paragraphs, sorted by the two ids (for the term graph). */
export function readCoOccurrences(): CoOccurrence[] {
  return CoOccurrence.array().parse(JSON.parse(readFileSync(generated().cooccurrence, 'utf8')));
}
