/**
 * Arriving at a table cell's anchor (a search result, a term page's quote): a row alone at the top of
 * the window does not say what its columns are. The anchor's scroll margin is set so that the table's
 * first row (its column heads) shows above it when the window can hold both, else as many rows above
 * as fit, the cell itself always in view. Without JavaScript the CSS margin (2rem) still applies.
 */
// Back, forward and reload restore the reader's own scroll position: left alone.
const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
const arriving = navigation?.type !== 'back_forward' && navigation?.type !== 'reload';
const anchor = arriving && location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const row = anchor?.closest('tr');
const table = row?.closest('table');

if (anchor && row && table) {
  const gap = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
  const anchorTop = anchor.getBoundingClientRect().top;
  const rowBottom = row.getBoundingClientRect().bottom;
  // How far above the anchor the table starts, and the most the window allows with the row still whole in it.
  const wanted = anchorTop - table.getBoundingClientRect().top + gap;
  const room = innerHeight - (rowBottom - anchorTop) - gap;
  const margin = Math.max(gap, Math.min(wanted, room));
  anchor.style.scrollMarginTop = `${margin}px`;
  anchor.scrollIntoView({ block: 'start' });
}
