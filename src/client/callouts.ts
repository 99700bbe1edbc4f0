/**
 * Opens a term's card (TermCard.astro: one per term, hidden at the page's end) beside a mention.
 * One set of delegated listeners serves every term on the page:
 * - a mouse resting ~350 ms on a term opens its card, which stays open while the pointer is over
 *   the term or the card; keyboard focus opens it at once; neither moves the focus;
 * - touch: the first tap opens the card, a second tap (or its "Full entry" link) navigates;
 * - Escape, the card's close button and a click elsewhere close it; so does scrolling a phone's
 *   sheet's term out of the window. Alt+ArrowDown on the focused term opens it again;
 * - Tab goes term, its card's buttons, next term; Shift+Tab goes back through the same stops.
 * The card is moved right after the term while open (after the heading, for a term in one), so
 * screen readers and Tab reach it there.
 */
import { chooseMode, marginWidth, placeCard, type Box } from './card-placement.ts';
import { focusables, previousTabbable } from './tab-order.ts';

const TRIGGER = '.term-link, :root[data-marks="every"] .term-mention';
const OPEN_DELAY = 350; // ms a pointer rests on a term before its card opens: passing over does not flash it
const CLOSE_DELAY = 400; // ms to move the pointer from the term to its card (in the margin, a way off)

interface Open {
  trigger: HTMLElement;
  card: HTMLElement;
  /** Opened by hover: leaving closes it; by focus or tap: it stays until dismissed. */
  byHover: boolean;
}
let current: Open | undefined;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
/** Set while a closing card gives the focus back to its term, which must not reopen it. */
let refocusing = false;

const triggerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(TRIGGER) : null);
const inCurrent = (node: EventTarget | null) => !!current && node instanceof Node && (current.card.contains(node) || current.trigger.contains(node));
const canHover = matchMedia('(hover: hover)');

function position({ trigger, card }: Open) {
  const lines: Box[] = [...trigger.getClientRects()];
  if (lines.length === 0) return;
  const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const columnRight = (trigger.closest('.prose') ?? trigger.closest('main') ?? document.body).getBoundingClientRect().right;
  const mode = chooseMode(view.width, columnRight);
  card.style.left = card.style.top = card.style.width = card.style.maxHeight = '';
  card.dataset.placement = mode;
  if (mode === 'sheet') {
    // The sheet covers the window's bottom: scroll the term above it if it sits there (offsetHeight:
    // the sheet's height without the transform of its slide-in).
    const covered = lines[lines.length - 1].bottom + 8 - (view.height - card.offsetHeight);
    if (covered > 0) scrollBy({ top: covered, behavior: 'instant' });
    // A sheet whose content fits lets a swipe on it scroll the page (overscroll-behavior: contain kept it).
    card.dataset.scrolls = String(card.scrollHeight > card.clientHeight);
    return;
  }
  if (mode === 'margin') card.style.width = `${marginWidth(view.width, columnRight)}px`;
  const box = card.getBoundingClientRect();
  const place = placeCard(mode === 'margin' ? 'margin' : 'inline', lines, columnRight, box, view);
  card.dataset.placement = place.mode;
  // From where the card is now to where it goes, whatever box it is positioned in.
  card.style.left = `${parseFloat(getComputedStyle(card).left) + place.left - box.left}px`;
  card.style.top = `${parseFloat(getComputedStyle(card).top) + place.top - box.top}px`;
  if (place.maxHeight !== undefined) card.style.maxHeight = `${place.maxHeight}px`;
}

function show(trigger: HTMLElement, byHover: boolean) {
  clearTimeout(closeTimer);
  if (current?.trigger === trigger) {
    current.byHover &&= byHover;
    return;
  }
  const card = document.getElementById(`card-${trigger.dataset.term}`);
  if (!card) return;
  hide();
  // After a heading, not inside it: there the card would join the heading's name and split its text.
  (trigger.closest('h1, h2, h3, h4, h5, h6') ?? trigger).after(card);
  card.hidden = false;
  current = { trigger, card, byHover };
  if (trigger instanceof HTMLAnchorElement) {
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', card.id);
  }
  position(current);
  if (card.dataset.placement === 'sheet') watchSheet(trigger, card);
}

let sheetWatch: IntersectionObserver | undefined;

/**
 * A phone's sheet closes once its term leaves the part of the window above it, scrolled up out of
 * the window or down under the sheet: it no longer sits by what it explains.
 */
function watchSheet(trigger: HTMLElement, card: HTMLElement) {
  sheetWatch = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => !entry.isIntersecting) && current?.trigger === trigger && !card.contains(document.activeElement)) hide();
    },
    { rootMargin: `0px 0px -${card.offsetHeight}px 0px` },
  );
  sheetWatch.observe(trigger);
}

function hide(returnFocus = false) {
  clearTimeout(closeTimer);
  sheetWatch?.disconnect();
  sheetWatch = undefined;
  if (!current) return;
  const { trigger, card } = current;
  const hadFocus = card.contains(document.activeElement);
  current = undefined;
  card.hidden = true;
  if (trigger.hasAttribute('aria-expanded')) trigger.setAttribute('aria-expanded', 'false');
  if (returnFocus && hadFocus) {
    refocusing = true;
    trigger.focus();
    refocusing = false;
  }
}

addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  if (inCurrent(event.target)) clearTimeout(closeTimer);
  const trigger = triggerOf(event.target);
  if (!trigger || trigger === current?.trigger || trigger.contains(event.relatedTarget as Node | null)) return;
  clearTimeout(openTimer);
  openTimer = setTimeout(() => show(trigger, true), OPEN_DELAY);
});

addEventListener('pointerout', (event) => {
  if (event.pointerType === 'touch' || inCurrent(event.relatedTarget)) return;
  const trigger = triggerOf(event.target);
  if (trigger && !trigger.contains(event.relatedTarget as Node | null)) clearTimeout(openTimer);
  if (current?.byHover && inCurrent(event.target)) closeTimer = setTimeout(() => hide(), CLOSE_DELAY);
});

addEventListener('focusin', (event) => {
  const trigger = triggerOf(event.target);
  if (trigger?.matches(':focus-visible') && !refocusing) show(trigger, false);
});

addEventListener('focusout', (event) => {
  if (current && !current.byHover && inCurrent(event.target) && !inCurrent(event.relatedTarget)) hide();
});

/**
 * A card opened from a term in a heading sits after the heading, not after the term. Tab still
 * goes from the term into its card and from the card on to the heading's next term, as it does
 * for a card beside its term; Shift+Tab from the card returns to the term.
 */
function tabAroundHeadingCard(event: KeyboardEvent) {
  const heading = current?.trigger.closest('h1, h2, h3, h4, h5, h6');
  if (!current || !heading) return;
  const inCard = focusables(current.card);
  const at = document.activeElement;
  let to: HTMLElement | undefined;
  if (!event.shiftKey && at === current.trigger) to = inCard[0];
  else if (!event.shiftKey && at === inCard.at(-1)) {
    const triggers = [...heading.querySelectorAll<HTMLElement>(TRIGGER)];
    to = triggers[triggers.indexOf(current.trigger) + 1];
  } else if (event.shiftKey && at === inCard[0]) to = current.trigger;
  if (!to) return;
  event.preventDefault();
  to.focus();
}

/**
 * Shift+Tab onto a term whose card is closed goes to the card's last button, the card opened: the
 * way back passes the stops Tab passed (term, its card's buttons, next term), as it would if the
 * card had stayed open after its term, instead of skipping the card.
 */
function tabBackIntoCard(event: KeyboardEvent) {
  const at = document.activeElement;
  if (!event.shiftKey || !at || current?.card.contains(at)) return;
  const trigger = triggerOf(previousTabbable(at) ?? null);
  if (!trigger || trigger === current?.trigger) return;
  // Opened first: a hidden card's buttons are not visible, so not yet focusable. A card without
  // buttons (a dictionary word's) stays open for the term, where Shift+Tab goes on its own.
  show(trigger, false);
  const last = current && focusables(current.card).at(-1);
  if (!last) return;
  event.preventDefault();
  last.focus();
}

/**
 * Alt+ArrowDown on a focused term shows its card again after Escape closed it, the focus left on
 * the term; Alt+ArrowUp closes it, from the term or from inside the card (focus back on the term).
 * The APG combobox's keys for a popup: Enter follows the term's link, Space scrolls, as on any link.
 */
function toggleByKey(event: KeyboardEvent): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const at = document.activeElement;
  const trigger = triggerOf(at);
  if (event.key === 'ArrowDown' && trigger && trigger === at && current?.trigger !== trigger) show(trigger, false);
  else if (event.key === 'ArrowUp' && current && !current.byHover && (current.trigger === at || current.card.contains(at))) hide(true);
  else return false;
  event.preventDefault();
  return true;
}

addEventListener('keydown', (event) => {
  if (event.key === 'Tab') {
    tabAroundHeadingCard(event);
    if (!event.defaultPrevented) tabBackIntoCard(event);
  }
  if (toggleByKey(event) || event.key !== 'Escape') return;
  clearTimeout(openTimer);
  hide(true);
});

addEventListener('click', (event) => {
  const target = event.target as Element;
  if (current?.card.contains(target)) {
    if (target.closest('.term-card-close')) hide(true);
    return;
  }
  const trigger = triggerOf(target);
  clearTimeout(openTimer);
  if (!trigger) return hide();
  // A mouse already showed the card by hovering: let the click navigate, as does a second tap.
  const touch = event.pointerType === 'touch' || (event.pointerType !== 'mouse' && !canHover.matches);
  const isLink = trigger instanceof HTMLAnchorElement;
  if (isLink && (!touch || current?.trigger === trigger)) return;
  event.preventDefault();
  show(trigger, false);
});

addEventListener('resize', () => current && position(current));

// A paragraph copied while a card is open is copied without the card.
addEventListener('copy', (event) => {
  const selection = getSelection();
  if (!current || !selection || selection.isCollapsed || !selection.containsNode(current.card, true) || !event.clipboardData) return;
  current.card.hidden = true;
  const text = selection.toString();
  current.card.hidden = false;
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
});

// Printed, the article's terms are its glossary: the collapsed list opens for the printer.
addEventListener('beforeprint', () => {
  for (const list of document.querySelectorAll('details.terms-in-article')) list.setAttribute('open', '');
});
