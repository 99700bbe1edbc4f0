/** An article's citation as files to download: citation.bib (biblatex) and citation.ris. */
import type { APIContext } from 'astro';
import { bibtex, ris } from '../../../lib/citation';
import { articleCitable } from '../../../lib/citables';
import { getCorpus, type Article } from '../../../lib/corpus';

export async function getStaticPaths() {
  const { articles } = await getCorpus();
  return articles.flatMap((article) => ['citation.bib', 'citation.ris'].map((file) => ({ params: { slug: article.id, file }, props: { article } })));
}

export function GET({ params, props, site }: APIContext<{ article: Article }>) {
  const citable = articleCitable(props.article, site);
  const bib = params.file === 'citation.bib';
  return new Response(bib ? bibtex(citable) : ris(citable), { headers: { 'content-type': bib ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8' } });
}
