/**
 * The terms a reader knows: ids in localStorage ('known-terms'), no longer marked in articles.
 * Base.astro's head script turns the stored list into #known-terms-style before first paint;
 * this module changes the list and that style at once.
 */
const KEY = 'known-terms';
const VALID_ID = /^[a-z0-9-]+$/;

export function knownTerms(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string' && VALID_ID.test(id)) : [];
  } catch {
    return [];
  }
}

export function setKnown(id: string, known: boolean): void {
  const ids = knownTerms().filter((other) => other !== id);
  if (known && VALID_ID.test(id)) ids.push(id);
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage refused (private mode): the change lasts for this page only.
  }
  const style = document.getElementById('known-terms-style');
  // Its first mention (a link) and, with "every mention" on, the later ones; html:root outranks that setting's rule.
  if (style) style.textContent = ids.length ? `${ids.map((other) => `html:root :is(.term-link, .term-mention)[data-term="${other}"]`).join(',')}{color:inherit;text-decoration:none}` : '';
  dispatchEvent(new Event('known-terms'));
}
