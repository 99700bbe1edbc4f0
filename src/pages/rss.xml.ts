/** RSS feed of the articles, newest first; links are absolute URLs under the site's base. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCorpus } from '../lib/corpus';
import { articleUrl, withBase } from '../lib/url';

export async function GET(context: APIContext) {
  const { articles } = await getCorpus();
  // The channel's link is the site's home page, under the base path like every item's link.
  const home = new URL(withBase('/'), context.site ?? 'http://localhost:4321');
  return rss({
    title: 'China Digital Policy Reader',
    description: 'English articles on China’s digital policy, annotated with a glossary of Chinese policy terms.',
    site: home,
    // The newest 50: a feed that listed every article would grow with the corpus.
    items: articles.slice(0, 50).map((article) => ({
      title: article.data.title,
      link: new URL(articleUrl(article.id), home).href,
      pubDate: new Date(article.data.published),
      description: article.data.summary,
      categories: [article.data.publisher],
    })),
    customData: '<language>en</language>',
  });
}
