/** One human-readable summary of a conversion run, shared by the CLI and the Astro integration. */
import type { CorpusOutput } from './build.ts';

export function formatSummary(output: CorpusOutput): string {
  const callouts = output.articles.reduce((sum, a) => sum + Object.values(a.callouts).reduce((s, n) => s + n, 0), 0);
  const lines = [`policy-reader: converted ${output.articles.length} articles with ${output.glossary.length} glossary terms (${callouts} callouts)`];
  for (const warning of output.warnings ?? []) lines.push(`  warning: ${warning.format()}`);
  return lines.join('\n');
}
