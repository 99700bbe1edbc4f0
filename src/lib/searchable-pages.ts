/**
 * The pages search finds (those marked data-pagefind-body: articles and term pages), in the order
 * the build renders them: the order the search index adds them in (src/integrations/search-index/).
 */
import { getCorpus } from './corpus';
import { articleUrl, termUrl } from './url';

export async function searchablePageUrls(): Promise<string[]> {
  const { articles, glossary } = await getCorpus();
  return [...articles.map((article) => articleUrl(article.id)), ...glossary.map((entry) => termUrl(entry.id))];
}
