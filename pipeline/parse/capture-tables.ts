/**
 * Table rows in a capture: a page's table copied as Markdown writes each row `| cell | cell |`,
 * with a delimiter row (`| --- | :-: |`) under the column heads. A run of such lines becomes one
 * table instead of paragraphs full of pipes.
 */
import type { AlignType, PhrasingContent, Table, TableCell } from 'mdast';

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

/**
 * One table from a run of rows. The first row holds the column heads: under a delimiter row, as
 * Markdown says, and without one too, since a table copied from a page starts with its heads.
 * `content` renders a cell's text (footnote markers, links). Undefined when no row holds content.
 */
export function buildTable<R extends Row>(rows: readonly R[], content: (row: R, cell: Cell) => PhrasingContent[]): Table | undefined {
  const contentRows = rows.filter((row) => !row.align);
  if (contentRows.length === 0) return undefined;
  const columns = Math.max(...contentRows.map((row) => row.cells.length));
  const align = rows[1]?.align ?? [];
  return {
    type: 'table',
    // Markdown reads as many columns as the heads have: a shorter head row is padded so no cell is lost.
    align: Array.from({ length: columns }, (_, i) => align[i] ?? null),
    children: contentRows.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: columns }, (_, i): TableCell => ({ type: 'tableCell', children: row.cells[i] ? content(row, row.cells[i]) : [] })),
    })),
  };
}
