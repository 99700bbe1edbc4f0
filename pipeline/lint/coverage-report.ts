/**
 * Coverage as a report: runs of hanzi no glossary entry covers, ranked by how often they occur,
 * each with the command that scaffolds an entry. They build (with dictionary cards); only
 * `lint:content --strict` makes them errors.
 */
import path from 'node:path';
import { byCodeUnits } from '../../core/order.ts';
import { ContentError } from '../content-error.ts';
import type { UncoveredRun } from '../transform/coverage.ts';

export interface UncoveredWord {
  text: string;
  /** Occurrences in the whole corpus. */
  count: number;
  /** Where it occurs, in article order. */
  places: { file: string; line: number | undefined }[];
}

/** `npm run term:new -- <hanzi>`: writes a draft entry for the run. */
export const scaffoldCommand = (text: string) => `npm run term:new -- ${text}`;

export function rankUncovered(articles: readonly { file: string; uncovered: readonly UncoveredRun[] }[]): UncoveredWord[] {
  const byText = new Map<string, UncoveredWord>();
  for (const article of articles) {
    for (const run of article.uncovered) {
      let word = byText.get(run.text);
      if (!word) byText.set(run.text, (word = { text: run.text, count: 0, places: [] }));
      word.count++;
      word.places.push({ file: article.file, line: run.line });
    }
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.text, b.text));
}

/** Strict mode: every occurrence is an error at its line. */
export function uncoveredErrors(ranked: readonly UncoveredWord[]): ContentError[] {
  return ranked.flatMap((word) =>
    word.places.map((place) => new ContentError(place.file, place.line, `Chinese text "${word.text}" has no glossary entry`, `run ${scaffoldCommand(word.text)} and complete the draft, or add it to this article's ignore: list`)),
  );
}

/** Lenient mode: one warning for the whole corpus, pointing at the report. */
export function uncoveredSummary(ranked: readonly UncoveredWord[]): ContentError[] {
  if (ranked.length === 0) return [];
  const runs = ranked.reduce((sum, word) => sum + word.count, 0);
  // The articles' folder as the messages show it (CONTENT_DIR may point elsewhere than content/).
  const folder = path.dirname(ranked[0].places[0].file);
  return [new ContentError(folder, undefined, `${runs} run${runs === 1 ? '' : 's'} of Chinese (${ranked.length} distinct) have no glossary entry and show dictionary cards`, 'npm run lint:content lists them by frequency with the command that scaffolds an entry')];
}

/** The report `lint:content` prints: most frequent first, with places and the scaffold command. */
export function formatCoverageReport(ranked: readonly UncoveredWord[], shownPlaces = 3): string[] {
  if (ranked.length === 0) return [];
  const lines = ['Chinese text without a glossary entry (shown with dictionary cards), most frequent first:'];
  for (const word of ranked) {
    const places = word.places.slice(0, shownPlaces).map((place) => (place.line === undefined ? place.file : `${place.file}:${place.line}`));
    const more = word.places.length > shownPlaces ? ` and ${word.places.length - shownPlaces} more` : '';
    lines.push(`  ${String(word.count).padStart(4)}× ${word.text}  ${places.join(', ')}${more}  →  ${scaffoldCommand(word.text)}`);
  }
  return lines;
}
