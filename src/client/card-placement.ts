/**
 * Where a term's card goes, from measurements (viewport coordinates), so that it never covers its
 * own term: on a phone a bottom sheet; on a wide screen in the margin beside the text column
 * (sidenote style), level with the term; otherwise above the term's line (text already read),
 * or below it when there is no room above.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Mode = 'sheet' | 'margin' | 'above' | 'below';

export const SHEET_BELOW = 600; // px of viewport width under which a card is a bottom sheet
export const MARGIN_FROM = 1200; // px of viewport width from which a card may sit in the margin
const MIN_MARGIN_CARD = 240; // px: a narrower margin card would wrap every few words
const GAP = 6; // px between the term and its card
const EDGE = 8; // px kept between a card and the viewport's edges

/** The layout mode for a viewport `width` wide whose text column ends at `columnRight`. */
export function chooseMode(width: number, columnRight: number): Mode | 'inline' {
  if (width < SHEET_BELOW) return 'sheet';
  if (width >= MARGIN_FROM && width - columnRight - 3 * GAP - EDGE >= MIN_MARGIN_CARD) return 'margin';
  return 'inline';
}

/** Width the card may take in the margin right of `columnRight`. */
export function marginWidth(width: number, columnRight: number): number {
  return Math.min(320, width - columnRight - 3 * GAP - EDGE);
}

/**
 * Top-left corner of a card `size` big for a term whose line boxes are `lines`, in a viewport
 * `view` big. `mode` is `margin` or `inline` (above or below). In a window too short for the card
 * on either side of the term (a phone in landscape), it gets the larger side and a `maxHeight`
 * to scroll within, so that its headword and close button stay on screen.
 */
export function placeCard(mode: 'margin' | 'inline', lines: Box[], columnRight: number, size: { width: number; height: number }, view: { width: number; height: number }): { mode: Mode; left: number; top: number; maxHeight?: number } {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  if (mode === 'margin') {
    return { mode, left: columnRight + 3 * GAP, top: clamp(first.top - 4, EDGE, Math.max(EDGE, view.height - EDGE - size.height)) };
  }
  const above = first.top - GAP - size.height;
  const below = last.bottom + GAP;
  const fitsBelow = below + size.height <= view.height - EDGE;
  const useAbove = above >= EDGE || (!fitsBelow && first.top > view.height - last.bottom);
  const anchor = useAbove ? first : last;
  const left = clamp(anchor.left, EDGE, view.width - EDGE - size.width);
  const room = useAbove ? first.top - GAP - EDGE : view.height - EDGE - below;
  if (room >= size.height) return { mode: useAbove ? 'above' : 'below', left, top: useAbove ? above : below };
  return { mode: useAbove ? 'above' : 'below', left, top: useAbove ? EDGE : below, maxHeight: Math.max(0, room) };
}
