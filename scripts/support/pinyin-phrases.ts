/**
 * Pinyin phrases a reader types for the Chinese words of the articles, and whether a page listed
 * for one holds it. Each word of two or more syllables the conversion marked in an article
 * (data-term="word-…"), typed syllable by syllable ("xiao qiang" for 萧强), is a query; a page
 * holds it when its text or its terms' hanzi have those syllables in a row (homophones count, as
 * the index has no tones), or its text has the words in a row (Xiao Qiang, Xiāo Qiáng), or words in a row
 * spelling them (Xi Jinping for xi jin ping: a name romanised, found by its joined form). Any other
 * page listed is a false hit: the syllables are there, but in different words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { bareHanRuns } from '../../core/chinese-text.ts';
import { syllables } from '../../core/search-forms.ts';
import { wordsOf } from '../../src/client/search/match-words.ts';

/** Toneless syllables with ü typed as v, as a reader types them. */
const syllablesOf = (hanzi: string) => syllables(hanzi).map((s) => s.replaceAll('ü', 'v'));

export interface PhraseQuery {
  query: string;
  hanzi: string;
  /** The article (path under the site's base) whose word it is. */
  article: string;
}

/** The queries of a built site's articles (`pages`: paths under the site's base), each distinct word once, in order. */
export function phraseQueries(siteDir: string, pages: string[]): PhraseQuery[] {
  const seen = new Set<string>();
  const queries: PhraseQuery[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
    for (const [, hanzi] of html.matchAll(/data-term="word-(\p{Script=Han}+)"/gu)) {
      const spoken = syllablesOf(hanzi);
      if (spoken.length < 2 || seen.has(hanzi)) continue;
      seen.add(hanzi);
      queries.push({ query: spoken.join(' '), hanzi, article: page });
    }
  }
  return queries;
}

const pages = new Map<string, { text: string; termHanzi: string[] }>();

/** A listed page's searchable text (hidden metadata left out), and the hanzi of the terms it uses. */
function pageText(siteDir: string, page: string): { text: string; termHanzi: string[] } {
  const known = pages.get(path.join(siteDir, page));
  if (known) return known;
  const html = parse(readFileSync(path.join(siteDir, page, 'index.html'), 'utf8'));
  const body = html.querySelector('[data-pagefind-body]');
  const termHanzi = wordsOf(html.querySelector('[data-pagefind-meta="terms"]')?.textContent ?? '');
  for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
  const read = { text: body?.textContent ?? '', termHanzi };
  pages.set(path.join(siteDir, page), read);
  return read;
}

const inRow = (haystack: string[], needle: string[]) => haystack.some((_, start) => needle.every((word, offset) => haystack[start + offset] === word));

/** Words in a row that spell the syllables joined: a name romanised in words of its own ("Xi Jinping" for xi jin ping). */
const spelledInRow = (haystack: string[], needle: string[]) => {
  const wanted = needle.join('');
  return haystack.some((_, start) => {
    let joined = '';
    for (let end = start; end < haystack.length && joined.length < wanted.length; end++) joined += haystack[end];
    return joined === wanted;
  });
};

/** Whether the page at `page` (path under the site's base) holds the phrase `query`. */
export function holdsPhrase(siteDir: string, page: string, query: string): boolean {
  const wanted = query.split(' ');
  const { text, termHanzi } = pageText(siteDir, page);
  const runs = [...Array.from(bareHanRuns(text), (match) => match[0]), ...termHanzi];
  const words = wordsOf(text).map((word) => word.replaceAll('ü', 'v'));
  return runs.some((run) => inRow(syllablesOf(run), wanted)) || inRow(words, wanted) || spelledInRow(words, wanted);
}
