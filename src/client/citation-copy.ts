/**
 * Copying citations: the Cite panel's "Copy citation" button, and on article pages the "¶"
 * permalink added to every paragraph (visible on hover and focus), which also copies the
 * paragraph with its citation and address when clicked. Status goes to a live region.
 */
const chicago = document.getElementById('cite-chicago')?.textContent ?? '';
const copyStatus = document.querySelector('.cite-status');

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    if (copyStatus) copyStatus.textContent = done;
  } catch {
    if (copyStatus) copyStatus.textContent = 'Copying was not allowed; select the text and copy it.';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.cite-button')) {
  button.hidden = false;
  button.addEventListener('click', () => copy(button.dataset.copy ?? '', 'Citation copied.'));
}

/** The text of a paragraph as read: without its permalink or an open card. */
function paragraphText(paragraph: Element): string {
  const clone = paragraph.cloneNode(true) as Element;
  clone.querySelectorAll('.permalink, .term-card').forEach((node) => node.remove());
  // The text as stored, not as the reader's settings show it (pinyin ruby, traditional characters).
  clone.querySelectorAll<HTMLElement>('[data-stored]').forEach((node) => (node.textContent = node.dataset.stored ?? node.textContent));
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

for (const anchor of document.querySelectorAll<HTMLElement>('.prose span[id^="p-"]')) {
  const paragraph = anchor.parentElement;
  // A table cell or a heading keeps its anchor (term pages link to it) without a ¶: one per cell
  // would crowd the table, and a heading has its own "#" link.
  if (!paragraph || paragraph.closest('td, th, h2, h3, h4, h5, h6')) continue;
  const link = document.createElement('a');
  link.className = 'permalink';
  link.href = `#${anchor.id}`;
  link.textContent = '¶';
  link.setAttribute('aria-label', 'Link to this paragraph; copies it with its citation');
  // A list item's ¶ ends its own text, not the list nested in it (reader QA: it stood alone under the sub-list).
  const nested = paragraph.querySelector(':scope > ul, :scope > ol');
  if (nested) paragraph.insertBefore(link, nested);
  else paragraph.append(link);
}

addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a.permalink');
  const paragraph = link?.parentElement;
  if (!link || !paragraph) return;
  const address = new URL(link.getAttribute('href')!, location.href).href;
  void copy(`${paragraphText(paragraph)}\n\n${chicago}\n${address}`, 'Paragraph copied with its citation and link.');
});
