/** RSS feed of the articles, newest first; links are absolute URLs under the site's base. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCorpus } from '../lib/corpus';
import { articleUrl } from '../lib/url';

export async function GET(context: APIContext) {
  const { articles } = await getCorpus();
  const site = context.site ?? new URL('http://localhost:4321');
  return rss({
    title: 'China Digital Policy Reader',
    description: 'English articles on China’s digital policy, annotated with a glossary of Chinese policy terms.',
    site,
    // The newest 50: a feed that listed every article would grow with the corpus.
    items: articles.slice(0, 50).map((article) => ({
      title: article.data.title,
      link: new URL(articleUrl(article.id), site).href,
      pubDate: new Date(article.data.published),
      description: article.data.summary,
      categories: [article.data.publisher],
    })),
    customData: '<language>en</language>',
  });
}
