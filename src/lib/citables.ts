/** What the citation formats (citation.ts) need of an article or a glossary entry of this site. */
import type { Article } from './corpus';
import type { Citable } from './citation';
import { displayForm } from './display-form';
import { articleUrl, termUrl } from './url';
import type { GlossaryEntry } from '../../core/schema.ts';

/** An address for a citation: absolute when the site's address is known (SITE_URL), else the path. */
const address = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

/** An article, cited at its original address when it has one, else at its page here. */
export function articleCitable(article: Article, site: URL | undefined): Citable {
  const { title, authors, publisher, published, url } = article.data;
  return { id: article.id, title, authors, publisher, published, url: url ?? address(articleUrl(article.id), site) };
}

export function termCitable(entry: GlossaryEntry, site: URL | undefined): Citable {
  return {
    id: entry.id,
    title: `${entry.term} (${displayForm(entry.hanzi)})`,
    authors: [],
    corporateAuthor: 'policy-reader contributors',
    publisher: 'China Digital Policy Reader, glossary',
    url: address(termUrl(entry.id), site),
  };
}
