/**
 * RSS feed of the articles (/rss.xml), newest first; links are absolute URLs under the site's
 * base. A feed needs absolute URLs, so a build without SITE_URL writes none.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCorpus } from '../lib/corpus';
import { articleUrl, withBase } from '../lib/url';

export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [];
}

export async function GET(context: APIContext) {
  if (!context.site) throw new Error('rss.xml: no SITE_URL, so no feed');
  const { articles } = await getCorpus();
  // The channel's link is the site's home page, under the base path like every item's link.
  const home = new URL(withBase('/'), context.site);
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
