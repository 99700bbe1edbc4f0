/**
 * Pagefind's excerpts are HTML: the page text with < and > escaped and matches wrapped in
 * <mark>. The page renders them as text and <mark> elements, never as HTML, so a page's text can
 * never become markup on the search page.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}
