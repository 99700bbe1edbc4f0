/**
 * The English words of term names, aliases and article titles, and the toneless pinyin of the
 * terms (each word, each run of adjacent words as one, the whole name) and of their hanzi aliases, and the names
 * the glossary romanises, commonest first: what the search page corrects a
 * misspelt query word against (src/client/search/spelling.ts). Fetched only when a query finds nothing.
 */
import { getCorpus } from '../lib/corpus';
import { aliasForm } from '../../core/schema.ts';
import { tonelessPinyin } from '../../core/search-text.ts';
import { syllables } from '../../core/search-forms.ts';
import { hasHan } from '../../core/chinese-text.ts';
import { romanisedNameRuns } from '../../core/article-search-words.ts';

export async function GET() {
  const { articles, glossary } = await getCorpus();
  // Each word, each run of two or three adjacent words written together (gaozhiliang of gāo zhìliàng fāzhǎn)
  // and the whole name: a part of a name typed as one word and misspelt (`gaozhilang`) found nothing (reader QA).
  // Longer runs are left out: they doubled the list (QA corpus: 9.8 to 21 KB; 15.5 KB without them) for words nobody types.
  const pinyin = glossary.flatMap((entry) => {
    const words = entry.pinyin.split(/\s+/).map(tonelessPinyin).filter(Boolean);
    const runs = words.flatMap((_, start) => [2, 3].filter((length) => start + length <= words.length).map((length) => words.slice(start, start + length).join('')));
    return [...words, ...runs, words.join('')];
  });
  // A hanzi alias read by pinyin-pro, as its page is found by it (wangxinban of 网信办).
  const aliasPinyin = glossary.flatMap((entry) => entry.aliases.map((alias) => aliasForm(alias).text).filter(hasHan).map((alias) => syllables(alias).join('')));
  // The names the glossary romanises ("Xi Jinping"), word by word and joined: readers misspell names (`xi jinpng`,
  // `li keqaing` found nothing, or `jinpng` was corrected to jineng).
  const names = glossary.flatMap((entry) => romanisedNameRuns(`${entry.summary}\n${entry.definition}`).flatMap((words) => [...words, words.join('')]));
  const texts = [...glossary.flatMap((entry) => [entry.term, ...entry.aliases.map((alias) => aliasForm(alias).text)]), ...articles.map((article) => article.data.title), ...pinyin, ...aliasPinyin, ...names];
  const counts = new Map<string, number>();
  for (const word of texts.join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}
