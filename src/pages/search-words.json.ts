/**
 * The English words of term names, aliases and article titles, and the toneless pinyin of the
 * terms (each word, and the whole name as one), commonest first: what the search page corrects a
 * misspelt query word against (src/client/search/spelling.ts). Fetched only when a query finds nothing.
 */
import { getCorpus } from '../lib/corpus';
import { aliasForm } from '../../core/schema.ts';
import { tonelessPinyin } from '../../core/search-text.ts';

export async function GET() {
  const { articles, glossary } = await getCorpus();
  const pinyin = glossary.flatMap((entry) => [...entry.pinyin.split(/\s+/).map(tonelessPinyin), tonelessPinyin(entry.pinyin)]);
  const texts = [...glossary.flatMap((entry) => [entry.term, ...entry.aliases.map((alias) => aliasForm(alias).text)]), ...articles.map((article) => article.data.title), ...pinyin];
  const counts = new Map<string, number>();
  for (const word of texts.join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}
