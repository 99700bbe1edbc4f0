/**
 * Where Tab and Shift+Tab go, for the term cards (callouts.ts), which sit in the Tab order only
 * while open: a card's own stops, and the stop Shift+Tab would reach from an element.
 */

/** What Tab reaches in an open card: its visible links and buttons not taken out of the Tab order. */
export const focusables = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => !el.hidden && el.tabIndex >= 0 && el.checkVisibility());

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled, [type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]';

/**
 * The element Shift+Tab moves to from `from`: the nearest one before it in document order that
 * the browser puts in the Tab order (the site sets no positive tabindex, so document order is Tab
 * order). Walks back only as far as that element, skipping hidden subtrees (closed cards, closed
 * <details>), so a page with many terms costs a few steps, not a scan of the page.
 */
export function previousTabbable(from: Element): HTMLElement | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => ((node as HTMLElement).hidden || (node as HTMLElement).inert ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  walker.currentNode = from;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    const el = node as HTMLElement;
    if (el.matches(FOCUSABLE) && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true })) return el;
  }
  return undefined;
}
