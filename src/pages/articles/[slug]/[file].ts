/** An article's citation as files to download: citation.bib (biblatex) and citation.ris. */
import type { APIContext } from 'astro';
import { CITATION_FILES, citationFile } from '../../../lib/citation';
import { articleCitable } from '../../../lib/citables';
import { getCorpus, type Article } from '../../../lib/corpus';

export async function getStaticPaths() {
  const { articles } = await getCorpus();
  return articles.flatMap((article) => CITATION_FILES.map((file) => ({ params: { slug: article.id, file }, props: { article } })));
}

export const GET = ({ params, props, site }: APIContext<{ article: Article }>) => citationFile(params.file, articleCitable(props.article, site));
