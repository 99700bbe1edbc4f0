/** One human-readable summary of a conversion run, shared by the CLI and the Astro integration. */
import type { CorpusOutput } from './build.ts';

export function formatSummary(output: CorpusOutput): string {
  const callouts = output.articles.reduce((sum, a) => sum + Object.values(a.callouts).reduce((s, n) => s + n, 0), 0);
  const fromCache = output.fromCache ?? 0;
  const converted = output.articles.length - fromCache;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // "converted 1 article, 4 from cache": says what an incremental rebuild actually redid.
  const articles = fromCache > 0 ? `${plural(converted, 'article')}, ${fromCache} from cache,` : plural(converted, 'article');
  const lines = [`policy-reader: converted ${articles} with ${output.glossary.length} glossary terms (${callouts} callouts)`];
  for (const warning of output.warnings ?? []) lines.push(`  warning: ${warning.format()}`);
  return lines.join('\n');
}
