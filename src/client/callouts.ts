/**
 * Enhances glossary callouts; one set of delegated listeners serves every callout on the page.
 * CSS alone shows a card on hover (after a delay) and on keyboard focus. This script adds:
 * - touch: the first tap opens the card, a second tap follows the link, a tap elsewhere closes it;
 * - Escape closes an open card (WCAG 1.4.13 dismissible) until the pointer or focus leaves the term;
 * - placement: below the term (above when there is no room), shifted to stay inside the viewport,
 *   never over the term itself.
 */
const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';
const MARGIN = 8; // px kept between the card and the viewport's edges
const GAP = 4; // px between the term and its card

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term') : null);

function closeAll(except?: HTMLElement | null) {
  for (const open of document.querySelectorAll<HTMLElement>(`.term.${OPEN}`)) if (open !== except) open.classList.remove(OPEN);
}

/** Positions the card of `term` from measurements; the card is shown unseen for a moment if it is closed. */
function place(term: HTMLElement) {
  const link = term.querySelector('.term-link');
  const card = term.querySelector<HTMLElement>('.term-card');
  if (!link || !card) return;
  const lines = link.getClientRects();
  if (lines.length === 0) return;
  // Read the viewport first: a card shown at its default place may overflow and widen it for a moment.
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = document.documentElement.clientHeight;
  card.style.left = card.style.top = '';
  card.style.visibility = 'hidden';
  card.style.display = 'block';
  const style = getComputedStyle(card);
  const box = card.getBoundingClientRect();
  const first = lines[0];
  const last = lines[lines.length - 1];
  // Below the term's last line; above its first line when the viewport has no room below.
  const below = last.bottom + GAP;
  const above = first.top - GAP - box.height;
  const top = below + box.height > viewHeight - MARGIN && above >= MARGIN ? above : below;
  const left = Math.max(MARGIN, Math.min(last.left, viewWidth - MARGIN - box.width));
  card.style.left = `${parseFloat(style.left) + left - box.left}px`;
  card.style.top = `${parseFloat(style.top) + top - box.top}px`;
  card.dataset.placement = top === below ? 'below' : 'above';
  card.style.display = card.style.visibility = '';
}

addEventListener('pointerover', (event) => {
  const term = termOf(event.target);
  // Placed once per entry into the term, before the hover delay ends and the card appears.
  if (term && !term.contains(event.relatedTarget as Node | null)) place(term);
});

addEventListener('focusin', (event) => {
  const term = termOf(event.target);
  if (term) place(term);
});

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeAll();
  for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) term.classList.add(DISMISSED);
});

for (const type of ['pointerout', 'focusout'] as const) {
  addEventListener(type, (event) => {
    const term = termOf(event.target);
    if (term && !term.contains((event as PointerEvent | FocusEvent).relatedTarget as Node | null)) term.classList.remove(DISMISSED);
  });
}

const canHover = matchMedia('(hover: hover)');

addEventListener('click', (event) => {
  const term = termOf(event.target);
  if (!term) return closeAll();
  const onLink = (event.target as Element).closest('.term-link');
  if (!onLink) return; // a tap inside the open card keeps it open
  // A mouse already showed the card by hovering: let the click navigate, as does a second tap.
  const touch = event.pointerType === 'touch' || (event.pointerType !== 'mouse' && !canHover.matches);
  if (!touch || term.classList.contains(OPEN)) return;
  event.preventDefault();
  closeAll(term);
  term.classList.remove(DISMISSED);
  place(term);
  term.classList.add(OPEN);
});
