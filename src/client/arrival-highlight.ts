/**
 * Arriving from a search result (/articles/<slug>/?q=<words>#p-…): marks the words in the linked
 * paragraph, which the page's CSS already tints as the :target. Text in callout cards and other
 * data-pagefind-ignore parts is left alone (search did not match it). Without JavaScript the link
 * still lands on the paragraph.
 */
// A quoted phrase ("data trading", from a phrase search) is marked only where its words are in a row.
const words = [...(new URLSearchParams(location.search).get('q') ?? '').matchAll(/"([^"]+)"|(\S+)/g)].map((match) => (match[1] ?? match[2]).trim()).filter(Boolean);
const anchor = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
// A result in the article's folded list of terms (its heading is the anchor): the list opens, and its words are marked.
const folded = anchor?.closest('details');
if (folded) folded.open = true;
const block = (anchor?.closest('summary') ? folded : undefined) ?? anchor?.closest('p, li, blockquote, td, th, h2, h3, h4, h5, h6') ?? anchor?.parentElement;

/**
 * The words as whole words: the result marked them as the page writes them ("Li", not the li of
 * "policy"); hanzi have no word boundaries, so a run of them matches anywhere.
 */
function wordPattern(wanted: string[]): RegExp {
  const escaped = [...wanted].sort((a, b) => b.length - a.length).map((word) => {
    const literal = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return /\p{Script=Han}/u.test(word) ? literal : `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(escaped.join('|'), 'giu');
}

function markWords(root: Element, wanted: string[]) {
  const pattern = wordPattern(wanted);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], [role=tooltip], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const pieces: (string | HTMLElement)[] = [];
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      pieces.push(text.slice(from, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-arrival';
      mark.textContent = match[0];
      pieces.push(mark);
      from = match.index + match[0].length;
    }
    if (from === 0) continue;
    pieces.push(text.slice(from));
    node.replaceWith(...pieces.filter((piece) => piece !== ''));
  }
}

if (words.length > 0 && block) {
  // The paragraph is already tinted as the :target; the marks need the system's own highlight colours to stand out on it.
  const style = document.createElement('style');
  style.textContent = 'mark.search-arrival { background: Mark; color: MarkText; border-radius: 2px; box-shadow: 0 0 0 1px MarkText; }';
  document.head.append(style);
  markWords(block, words);
}
