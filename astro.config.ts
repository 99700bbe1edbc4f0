import { defineConfig } from 'astro/config';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentBuild } from './src/integrations/content-build.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteSizeCheck } from './src/integrations/site-size.ts';

// SITE_URL and BASE_PATH let the same build serve from `/` locally and from
// `https://<user>.github.io/policy-reader/` on GitHub Pages. Without SITE_URL the site has no
// absolute URLs at all (no canonical, og:url, feed or sitemap) rather than ones pointing at localhost.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets tests build into a temporary folder with the very same `npm run build`.
const outDir = process.env.OUT_DIR ?? './dist';
// ASTRO_CACHE_DIR gives a build its own cache (content data store, optimised assets), so the
// reproducibility test and the benchmark start clean and runs do not share state.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

/** Says in the build log what a build without SITE_URL leaves out, and how to set it. */
const siteUrlNotice: AstroIntegration = {
  name: 'site-url-notice',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (!site) logger.warn('SITE_URL is not set: pages get no canonical URL or og:url, and no RSS feed or sitemap is written. Set it to the address the site is served from, e.g. SITE_URL=https://user.github.io npm run build');
    },
  },
};

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'ignore',
  // @astrojs/mdx renders the articles' MDX components. Articles are not compiled as modules of the
  // site: their pages compile them one at a time (src/lib/article-body.ts), which keeps the build's
  // memory flat as the corpus grows.
  integrations: [contentBuild(), mdx(), searchIndex(), sitemap(), siteUrlNotice, siteSizeCheck()],
  devToolbar: { enabled: false },
  // Pages wait on file writes and on Sätteri's compile; rendering several at once keeps the CPU busy.
  build: { concurrency: 8 },
});
