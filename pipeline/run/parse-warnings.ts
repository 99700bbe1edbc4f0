/** The parse report's findings an editor should look at, as summary lines: large removals, alone or together, markers without notes. */
import type { ArticleRecord } from '../index.ts';
import { combinedRemoval, largeRemovals } from '../parse/parse-report.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function parseWarnings(articles: readonly Pick<ArticleRecord, 'file' | 'parse'>[]): string[] {
  const lines: string[] = [];
  for (const { file, parse } of articles) {
    if (!parse) continue;
    for (const removal of largeRemovals(parse)) {
      lines.push(
        `  warning: ${file}: rule "${removal.rule}" removed ${removal.chars} of ${parse.chars} characters (${percent(removal.share)}) — check that it matches only chrome (generated/report.json lists the lines)`,
      );
    }
    const combined = combinedRemoval(parse);
    if (combined && combined.share > 0.5) {
      lines.push(`  warning: ${file}: ${combined.rules} rules together removed ${combined.chars} of ${parse.chars} characters (${percent(combined.share)}) — check that they match only chrome (generated/report.json lists the lines)`);
    }
    if (parse.markersWithoutNotes.length > 0) {
      const first = parse.markersWithoutNotes[0];
      const problem = file.endsWith('.md') ? `footnote reference(s) with no note — write the note at the end: "${first.marker}: …"` : "footnote marker(s) with no note in the capture — paste the page's notes at the end to link them";
      lines.push(`  warning: ${file}:${first.line}: ${parse.markersWithoutNotes.length} ${problem}`);
    }
  }
  return lines;
}
