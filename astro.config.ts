import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentBuild } from './src/integrations/content-build.ts';

// SITE_URL and BASE_PATH let the same build serve from `/` locally and from
// `https://<user>.github.io/policy-reader/` on GitHub Pages.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets tests build into a temporary folder with the very same `npm run build`.
const outDir = process.env.OUT_DIR ?? './dist';
// ASTRO_CACHE_DIR gives a build its own cache (content data store, optimised assets), so the
// reproducibility test and the benchmark start clean and runs do not share state.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'ignore',
  // @astrojs/mdx renders the articles' MDX components. Articles are not compiled as modules of the
  // site: their pages compile them one at a time (src/lib/article-body.ts), which keeps the build's
  // memory flat as the corpus grows.
  integrations: [contentBuild(), mdx(), sitemap()],
  devToolbar: { enabled: false },
});
