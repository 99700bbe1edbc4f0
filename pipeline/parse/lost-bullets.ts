/**
 * A list whose bullets the copy lost: a line ending on a colon, then three lines or more that
 * each end on a semicolon but the last ("… we discuss:" / "Why Chinese data policy has been on
 * front-page news …;" / … / "How the US and China can … against one another.", ChinaTalk). The
 * page showed them as bullets; read one per line, they would be paragraphs of half a sentence.
 */
import type { LineBlock } from './capture-lines.ts';

/** The line that opens the list. */
const INTRO_END = /[:：]$/u;
/** An item that the next one continues: a clause ending on a semicolon, "; and" or "; or". */
const ITEM_GOES_ON = /[;；](?:\s+(?:and|or))?$/u;
/** The last item ends the sentence. */
const LAST_ITEM_END = /[.。]["”’)）]*$/u;
/** Items are clauses, not paragraphs. */
const ITEM_MAX = 300;
/** Fewer items than this are too few to tell a list from two paragraphs. */
const ITEMS_MIN = 3;

const isClause = (block: LineBlock | undefined): block is LineBlock => block?.type === 'text' && block.text.length <= ITEM_MAX;
const startsLower = (text: string) => /^\p{Ll}/u.test(text);
/** How much longer than the longest item before it the last may be. */
const LAST_ITEM_SPAN = 1.5;
const isLastItem = (block: LineBlock | undefined, items: readonly LineBlock[]) =>
  isClause(block) &&
  items.length > 0 &&
  LAST_ITEM_END.test(block.text) &&
  startsLower(block.text) === startsLower(items[0].text) &&
  block.text.length <= LAST_ITEM_SPAN * Math.max(...items.map((item) => item.text.length));

/** The blocks with such runs of text turned into bullet items (at the margin, the text unchanged). */
export function restoreBullets(blocks: readonly LineBlock[]): LineBlock[] {
  const out = [...blocks];
  for (let intro = 0; intro < out.length; intro++) {
    if (out[intro].type !== 'text' || !INTRO_END.test(out[intro].text)) continue;
    let end = intro + 1;
    while (isClause(out[end]) && ITEM_GOES_ON.test(out[end].text)) end++;
    // The last item closes the list with a full stop, in the items' case and length (not a paragraph
    // after the list); with none, the list ends on its last semicolon.
    if (!isLastItem(out[end], out.slice(intro + 1, end))) end--;
    if (end - intro < ITEMS_MIN) continue;
    for (let index = intro + 1; index <= end; index++) out[index] = { ...out[index], type: 'bullet', indent: 0, glyph: '•' } as LineBlock;
    intro = end;
  }
  return out;
}
