/**
 * A block's text as mdast phrasing: footnote markers become footnote references and bare URLs
 * become links whose text is the URL as written. Everything else stays text.
 */
import type { PhrasingContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type { Marker } from './footnotes.ts';

/** A URL runs to the next space; punctuation that ends the sentence around it is not part of it. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"“”‘’]+/gu;
const TRAILING = /[.,;:!?'’”)\]]+$/u;

/** Trailing ")" stays when the URL opened one ("…/Plan_(China)"). */
function trimUrl(url: string): string {
  let end = url.length;
  const trailing = TRAILING.exec(url);
  if (trailing) end = trailing.index;
  while (end < url.length && url[end] === ')' && count(url.slice(0, end), '(') > count(url.slice(0, end), ')')) end++;
  return url.slice(0, end);
}
const count = (text: string, char: string) => text.split(char).length - 1;

type Span = { start: number; end: number } & ({ kind: 'link'; url: string } | { kind: 'footnote'; label: string; noteMissing?: boolean });

export function findUrls(text: string): { start: number; end: number; url: string }[] {
  return [...text.matchAll(BARE_URL)].map((match) => {
    const url = trimUrl(match[0]);
    return { start: match.index, end: match.index + url.length, url };
  });
}

function inline(span: Span): PhrasingContent {
  if (span.kind === 'link') return { type: 'link', url: span.url, children: [{ type: 'text', value: span.url }] };
  // A reference to a note that is not there would print "[^1]": a raised digit is what the page showed.
  if (span.noteMissing) return { type: 'mdxJsxTextElement', name: 'sup', attributes: [], children: [{ type: 'text', value: span.label }] };
  return { type: 'footnoteReference', identifier: span.label, label: span.label };
}

export function phrasing(text: string, markers: readonly Marker[] = []): PhrasingContent[] {
  const urls: Span[] = findUrls(text).map((u) => ({ ...u, kind: 'link' as const }));
  const spans: Span[] = [...urls];
  // A marker inside a URL is part of the URL. Markers and URLs both run in order: one pass over each.
  const sorted = [...markers].sort((a, b) => a.start - b.start);
  let u = 0;
  for (const m of sorted) {
    while (u < urls.length && urls[u].end <= m.start) u++;
    if (u < urls.length && urls[u].start < m.end) continue;
    spans.push({ start: m.start, end: m.end, kind: 'footnote', label: m.label, noteMissing: m.noteMissing });
  }
  spans.sort((a, b) => a.start - b.start);
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const span of spans) {
    if (span.start > last) nodes.push({ type: 'text', value: text.slice(last, span.start) });
    nodes.push(inline(span));
    last = span.end;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
