/**
 * A table of contents copied with the page: a label ("IN THIS ISSUE:", "Contents") over a run of
 * entries, after which the body starts by repeating the first entry (Jamestown's China Brief:
 * "Propaganda Themes at the CPPCC … By John Dotson" listed, then the article under that title).
 * The site builds its own contents from the headings, so the copied one goes (`parser: contents`).
 * Only a run whose first entry is repeated after it counts: that repeat marks where the body
 * starts, and a label over entries whose bodies the capture lacks stays, as it is.
 */
import { isProse } from './heading-evidence.ts';

interface ContentsBlock {
  type: string;
  raw: string;
  text: string;
}

/** The label of a table of contents, as newsletters, issues, reports and laws give it. */
const LABEL = /^(?:in this (?:issue|edition|newsletter|report|brief|paper)|inside this issue|(?:table of )?contents)\s*:?$/iu;
/** An entry: a title with its author or page number, not a paragraph. */
const ENTRY_MAX = 200;
/** A run of entries is searched this far below its label; a contents list longer than this is a document's, not a page's. */
const RUN_MAX = 40;

/** An entry without its page number or dot leader ("Introduction ........ 5"), case and spaces folded. */
const entryText = (text: string) => text.replace(/[\s.·…]*\d{1,3}$/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();

/** The blocks of each copied table of contents, label and entries, to drop. */
export function contentsList(blocks: readonly ContentsBlock[]): Set<number> {
  const drop = new Set<number>();
  for (let label = 0; label < blocks.length; label++) {
    if (!LABEL.test(blocks[label].raw.trim())) continue;
    const first = blocks[label + 1] === undefined ? '' : entryText(blocks[label + 1].raw);
    if (first.length < 3) continue;
    let end = label + 2;
    while (end < blocks.length && end - label <= RUN_MAX && !isProse(blocks[end]) && blocks[end].raw.length <= ENTRY_MAX && !entryText(blocks[end].raw).startsWith(first)) end++;
    // The body repeats the first entry right after the run; two entries at least make a list.
    if (end >= blocks.length || end - label < 3 || !entryText(blocks[end].raw).startsWith(first)) continue;
    for (let index = label; index < end; index++) drop.add(index);
    label = end - 1;
  }
  return drop;
}
