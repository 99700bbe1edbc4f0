/** One human-readable summary of a conversion run, shared by the CLI and the Astro integration. */
import type { CorpusOutput } from './build.ts';

export function formatSummary(output: CorpusOutput): string {
  const callouts = output.articles.reduce((sum, a) => sum + Object.values(a.callouts).reduce((s, n) => s + n, 0), 0);
  const lines = [`policy-reader: converted ${output.articles.length} articles with ${output.glossary.length} glossary terms (${callouts} callouts)`];
  for (const article of output.articles) {
    for (const run of article.uncovered) lines.push(`  warning: ${article.file}:${run.line ?? '?'}: Chinese text "${run.text}" has no glossary entry`);
  }
  for (const id of output.unusedTerms) lines.push(`  warning: content/glossary/${id}.yaml: no article uses this term`);
  return lines.join('\n');
}
