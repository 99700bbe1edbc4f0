/**
 * CLI: checks issue 17's promise on a built site: every text node with hanzi in each article's
 * text (headings and footnotes included) is in a term or word link whose card has pinyin, or is a
 * later mention of one whose first mention on the page is such a link. Prints the counts and every
 * node that is neither; exits 1 when there is one.
 * Usage: node scripts/check-hanzi-cards.ts [DIST] [SLUG …]   (DIST defaults to dist)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkHanziCards } from './support/hanzi-cards.ts';

const [dist = 'dist', ...chosen] = process.argv.slice(2);
const slugs = chosen.length > 0 ? chosen : readdirSync(path.join(dist, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const sum = { total: 0, linked: 0, repeats: 0, uncovered: 0 };
for (const slug of slugs) {
  const result = checkHanziCards(readFileSync(path.join(dist, 'articles', slug, 'index.html'), 'utf8'));
  sum.total += result.total;
  sum.linked += result.linked;
  sum.repeats += result.repeats;
  sum.uncovered += result.uncovered.length;
  for (const problem of result.uncovered) console.log(`${slug}: ${JSON.stringify(problem.text)}: ${problem.reason}`);
}
console.log(`${slugs.length} article pages: ${sum.total} text nodes with hanzi; ${sum.linked} in a link to a card with pinyin, ${sum.repeats} later mentions of one, ${sum.uncovered} neither`);
if (sum.uncovered > 0) process.exitCode = 1;
