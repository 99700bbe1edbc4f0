/**
 * Arriving from a search result (/articles/<slug>/?q=<words>#p-…): marks the words in the linked
 * paragraph, which the page's CSS already tints as the :target. Text in callout cards and other
 * data-pagefind-ignore parts is left alone (search did not match it). Without JavaScript the link
 * still lands on the paragraph.
 */
import { matchRanges, wantedWords, wordPattern } from './arrival-words.ts';

const words = wantedWords(new URLSearchParams(location.search).get('q') ?? '');
const anchor = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
// A result in the article's folded list of terms (its heading is the anchor): the list opens, and its words are marked.
const folded = anchor?.closest('details');
if (folded) folded.open = true;
const block = (anchor?.closest('summary') ? folded : undefined) ?? anchor?.closest('p, li, blockquote, td, th, h2, h3, h4, h5, h6') ?? anchor?.parentElement;

/** Marks the words in `root`'s text, left alone where search did not look (cards, ignored parts) and in pinyin ruby. */
function markWords(root: Element, wanted: string[]) {
  const pattern = wordPattern(wanted);
  if (!pattern) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], [role=tooltip], mark, rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  // Read as one text: a phrase may run from a term's link into the words after it.
  const ranges = matchRanges(nodes.map((node) => node.data), pattern);
  nodes.forEach((node, index) => {
    if (ranges[index].length === 0) return;
    const text = node.data;
    const pieces: (string | HTMLElement)[] = [];
    let from = 0;
    for (const [start, end] of ranges[index]) {
      pieces.push(text.slice(from, start));
      const mark = document.createElement('mark');
      mark.className = 'search-arrival';
      mark.textContent = text.slice(start, end);
      pieces.push(mark);
      from = end;
    }
    pieces.push(text.slice(from));
    node.replaceWith(...pieces.filter((piece) => piece !== ''));
  });
}

if (words.length > 0 && block) {
  // The paragraph is already tinted as the :target; the marks need the system's own highlight colours to stand out on it.
  const style = document.createElement('style');
  style.textContent = 'mark.search-arrival { background: Mark; color: MarkText; border-radius: 2px; box-shadow: 0 0 0 1px MarkText; }';
  document.head.append(style);
  markWords(block, words);
}
