/**
 * Build-time middleware (added by the search-index integration for `astro build` only): hands each
 * rendered HTML page to the build's SiteIndexer, with the order of the searchable pages.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchablePageUrls } from '../../lib/searchable-pages';
import { SITE_INDEXER, type SiteIndexer } from './site-indexer';

/** A page's address as Pagefind records it: from the site's root, without the base path, ending in `/`. */
export function indexUrl(pathname: string, base: string): string {
  const root = base.replace(/\/$/, '');
  const local = root && pathname.startsWith(root) ? pathname.slice(root.length) || '/' : pathname;
  return local.endsWith('/') || /\.[a-z]+$/i.test(local) ? local : `${local}/`;
}

let order: Promise<string[]> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = (globalThis as { [SITE_INDEXER]?: SiteIndexer })[SITE_INDEXER];
  if (!indexer || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const base = import.meta.env.BASE_URL;
  order ??= searchablePageUrls().then((urls) => urls.map((url) => indexUrl(url, base)));
  indexer.expect(await order);
  indexer.offer(indexUrl(context.url.pathname, base), await response.clone().text());
  return response;
});
