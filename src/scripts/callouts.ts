/**
 * Enhances glossary callouts; CSS alone already shows cards on hover and focus.
 * - Escape hides an open card (WCAG 1.4.13 dismissible) until the pointer or focus leaves.
 * - On touch screens the first tap opens the card, a second tap follows the link, a tap
 *   elsewhere closes it. One delegated listener serves every callout on the page.
 */
const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';
const canHover = window.matchMedia('(hover: hover)');

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term') : null);

function closeAll(except?: HTMLElement) {
  for (const open of document.querySelectorAll<HTMLElement>(`.term.${OPEN}`)) if (open !== except) open.classList.remove(OPEN);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeAll();
  for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) term.classList.add(DISMISSED);
});

for (const type of ['pointerleave', 'focusout'] as const) {
  document.addEventListener(type, (event) => termOf(event.target)?.classList.remove(DISMISSED), true);
}

document.addEventListener('click', (event) => {
  const term = termOf(event.target);
  const link = event.target instanceof Element ? event.target.closest('.term-link') : null;
  if (!term || !link) return closeAll();
  // A device that hovers already showed the card: let the click navigate.
  if (canHover.matches || term.classList.contains(OPEN)) return;
  event.preventDefault();
  closeAll(term);
  term.classList.remove(DISMISSED);
  term.classList.add(OPEN);
});
