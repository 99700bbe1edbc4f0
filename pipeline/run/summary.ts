/** One human-readable summary of a conversion run, shared by the CLI and the Astro integration. */
import type { CorpusOutput } from '../index.ts';
import { parseWarnings } from './parse-warnings.ts';

/** `seconds`: the whole run's wall time, when the caller knows it (the CLI: its process's lifetime). */
export function formatSummary(output: CorpusOutput, seconds?: number): string {
  const callouts = output.articles.reduce((sum, a) => sum + Object.values(a.callouts).reduce((s, n) => s + n, 0), 0);
  const fromCache = output.fromCache ?? 0;
  const converted = output.articles.length - fromCache;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // "converted 1 article, 4 from cache": says what an incremental rebuild actually redid.
  const articles = fromCache > 0 ? `${plural(converted, 'article')}, ${fromCache} from cache,` : plural(converted, 'article');
  // The conversion's share apart: start-up, reading, the glossary parse and writing the concordance are the rest.
  const share = output.convertSeconds === undefined ? '' : ` (${output.convertSeconds.toFixed(2)} s converting articles, the glossary lint alongside)`;
  const time = seconds === undefined ? '' : ` in ${seconds.toFixed(2)} s${share}`;
  const lines = [`policy-reader: converted ${articles} with ${output.glossary.length} glossary terms (${callouts} callouts)${time}`];
  for (const warning of output.warnings ?? []) lines.push(`  warning: ${warning.format()}`);
  lines.push(...parseWarnings(output.articles));
  return lines.join('\n');
}
