/** Fills the glossary index's "Terms you know" (KnownTerms.astro): names from the page's own rows, a "Mark again" button each, and an undo. */
import { knownTerms, setKnown } from './known-terms.ts';

const section = document.querySelector<HTMLElement>('.known-terms');
const list = section?.querySelector('.known-list');
const status = section?.querySelector('.known-status');

function nameOf(id: string): string {
  return document.querySelector(`.glossary-list dt a[href$="/glossary/${id}/"]`)?.textContent ?? id;
}

function render() {
  if (!section || !list) return;
  const ids = knownTerms();
  section.hidden = ids.length === 0 && !status?.textContent;
  list.replaceChildren(
    ...ids.map((id) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'term-known';
      button.dataset.forget = id;
      button.textContent = 'Mark again';
      button.setAttribute('aria-label', `Mark ${nameOf(id)} again`);
      item.append(`${nameOf(id)} `, button);
      return item;
    }),
  );
}

function say(message: string, undo?: () => void) {
  if (!status) return;
  status.replaceChildren(message);
  if (!undo) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term-known';
  button.textContent = 'Undo';
  button.addEventListener('click', () => {
    undo();
    say('');
  });
  status.append(' ', button);
}

section?.addEventListener('click', (event) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-forget]')?.dataset.forget;
  if (!id) return;
  // The message first: the list re-renders on the change and stays shown while it has something to say.
  // The list is drawn anew, taking the focused button with it: focus goes to Undo, and back to the
  // term's button after an undo, so a keyboard user keeps their place.
  say(`${nameOf(id)} is marked again.`, () => {
    setKnown(id, true);
    list?.querySelector<HTMLElement>(`[data-forget="${CSS.escape(id)}"]`)?.focus();
  });
  setKnown(id, false);
  status?.querySelector('button')?.focus();
});
addEventListener('known-terms', render);
render();
