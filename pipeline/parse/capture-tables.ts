/**
 * Table rows in a capture: a page's table copied as Markdown writes each row `| cell | cell |`,
 * with a delimiter row (`| --- | :-: |`) under the column heads, or without heads and delimiter
 * as some pages' text reads. A run of such lines becomes one table, not paragraphs full of pipes.
 */
import type { AlignType, PhrasingContent, Table, TableCell } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

export interface Cell {
  /** The cell's text, `\|` read as a pipe. */
  text: string;
  /** Where the cell starts in the row's text and how long it is there, for placing footnote markers. */
  start: number;
  length: number;
  /** Where in the cell, as written, each `\|` stands (its text is one character shorter after each). */
  escapes: number[];
}

export interface Row {
  cells: Cell[];
  /** A delimiter row's column alignments; absent on a row of content. */
  align?: AlignType[];
}

/** Starts and ends with a pipe, with at least one more inside: two cells or more. */
const ROW = /^\|.*\|.*\|$/u;
const DELIMITER_CELL = /^:?-+:?$/u;

/** Whether a trimmed line is a table row: such a line never goes on from, or onto, another. */
export const isRow = (trimmed: string) => ROW.test(trimmed);

/** Splits a row at its pipes; `\|` is a pipe inside a cell, as in Markdown. */
function splitCells(trimmed: string): Cell[] {
  const cells: Cell[] = [];
  let from = 1;
  const escapes: number[] = [];
  for (let i = 1; i < trimmed.length; i++) {
    if (trimmed[i] === '\\' && trimmed[i + 1] === '|') {
      escapes.push(i++);
    } else if (trimmed[i] === '|') {
      const raw = trimmed.slice(from, i);
      const start = from + raw.length - raw.trimStart().length;
      const text = raw.trim();
      cells.push({ text: text.replaceAll('\\|', '|'), start, length: text.length, escapes: escapes.map((at) => at - start) });
      from = i + 1;
      escapes.length = 0;
    }
  }
  return cells;
}

/** The row a trimmed line writes, or undefined when it is not one. */
export function readRow(trimmed: string): Row | undefined {
  if (!isRow(trimmed)) return undefined;
  const cells = splitCells(trimmed);
  // `||||||` is a rule drawn across the page, not a table.
  if (cells.length < 2 || cells.every((cell) => cell.text === '')) return undefined;
  if (!cells.every((cell) => DELIMITER_CELL.test(cell.text))) return { cells };
  const align = cells.map(({ text }): AlignType => (text.startsWith(':') ? (text.endsWith(':') ? 'center' : 'left') : text.endsWith(':') ? 'right' : null));
  return { cells, align };
}

const element = (name: string, children: MdxJsxFlowElement['children']): MdxJsxFlowElement => ({ type: 'mdxJsxFlowElement', name, attributes: [], children });

/** A cell this many words long is prose: a lone row holding one is a table whose other rows were not captured. */
const PROSE_CELL_WORDS = 8;
const holdsProse = (row: Row) => row.cells.some((cell) => cell.text.split(/\s+/u).length >= PROSE_CELL_WORDS);

/**
 * One table from a run of two rows or more, or from a lone row with a cell of prose (a term and its
 * meaning, the excerpt cut after it); a lone row of short cells is text (a menu bar), or undefined. Under a delimiter row the first row holds the column heads, as
 * Markdown says. With none, no row is a head: such a page lists a term and its meaning on each
 * row, so every row is a body row, written as JSX since Markdown has no table without heads.
 * `content` renders a cell's text (footnote markers, links).
 */
export function buildTable<R extends Row>(rows: readonly R[], content: (row: R, cell: Cell) => PhrasingContent[]): Table | MdxJsxFlowElement | undefined {
  const contentRows = rows.filter((row) => !row.align);
  if (contentRows.length === 0 || (rows.length < 2 && !holdsProse(rows[0]))) return undefined;
  const columns = Math.max(...contentRows.map((row) => row.cells.length));
  const cells = (row: R) => Array.from({ length: columns }, (_, i) => (row.cells[i] ? content(row, row.cells[i]) : []));
  const align = rows[1]?.align;
  if (!align) {
    const body = contentRows.map((row) => element('tr', cells(row).map((children) => element('td', children.length > 0 ? [{ type: 'paragraph', children }] : []))));
    return element('table', [element('tbody', body)]);
  }
  return {
    type: 'table',
    // Markdown reads as many columns as the heads have: a shorter head row is padded so no cell is lost.
    align: Array.from({ length: columns }, (_, i) => align[i] ?? null),
    children: contentRows.map((row) => ({ type: 'tableRow', children: cells(row).map((children): TableCell => ({ type: 'tableCell', children })) })),
  };
}
