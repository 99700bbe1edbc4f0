/**
 * Builds nested lists from a run of bullet and numbered lines. An item nests under the one above
 * it when it is indented further, when bullets follow a numbered item, or when a bullet glyph
 * changes to a second-level glyph (◦ under •) at the same indent, as copies from browsers lose
 * indentation but keep glyphs.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { LineBlock } from './capture-lines.ts';

export type ItemBlock = Extract<LineBlock, { type: 'bullet' | 'ordered' }>;

interface Level {
  list: List;
  indent: number;
  /** The bullet glyph, or "1" for numbered items. */
  glyph: string;
}

const SECOND_LEVEL_GLYPHS = new Set(['◦', '▪', '‣', '-', '·']);
const glyphOf = (item: ItemBlock) => (item.type === 'ordered' ? '1' : item.glyph);

/** Whether `item` starts a list nested in the last item of `level`. */
function nestsUnder(level: Level, item: ItemBlock): boolean {
  if (item.indent > level.indent + 1) return true;
  if (item.indent < level.indent) return false;
  if (level.glyph === '1') return item.type === 'bullet';
  return item.type === 'bullet' && item.glyph !== level.glyph && SECOND_LEVEL_GLYPHS.has(item.glyph) && !SECOND_LEVEL_GLYPHS.has(level.glyph);
}

const sameLevel = (level: Level, item: ItemBlock) => glyphOf(item) === level.glyph && Math.abs(item.indent - level.indent) <= 1;

function newList(item: ItemBlock): List {
  return { type: 'list', ordered: item.type === 'ordered', start: item.type === 'ordered' ? item.number : undefined, spread: false, children: [] };
}

/** `paragraph` renders an item's text (footnote markers, links). */
export function buildLists(items: readonly ItemBlock[], paragraph: (item: ItemBlock) => Paragraph): List[] {
  const roots: List[] = [];
  const stack: Level[] = [];
  for (const item of items) {
    const match = stack.findLastIndex((level) => sameLevel(level, item));
    if (match !== -1) {
      stack.length = match + 1;
    } else {
      const top = stack.at(-1);
      const list = newList(item);
      if (top && nestsUnder(top, item)) {
        top.list.children.at(-1)!.children.push(list);
      } else {
        stack.length = 0;
        roots.push(list);
      }
      stack.push({ list, indent: item.indent, glyph: glyphOf(item) });
    }
    const listItem: ListItem = { type: 'listItem', spread: false, children: [paragraph(item)] };
    stack.at(-1)!.list.children.push(listItem);
  }
  return roots;
}
