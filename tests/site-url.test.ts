/**
 * A build without SITE_URL (someone running `npm run build` as it comes) writes no absolute URL
 * that points at a guessed host: no canonical or og:url, no feed, no sitemap, relative URLs in
 * glossary.json, and a line in the build log says how to set SITE_URL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SITE_BASE } from './support/build-site.ts';
import { folderFiles } from './support/folder-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-no-site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build without SITE_URL', () => {
  const outDir = path.join(work, 'dist');
  let log = '';

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { BASE_PATH: SITE_BASE, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), GENERATED_DIR: path.join(work, 'generated'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') };
    const { stdout, stderr } = await buildSite({ ...env, SITE_URL: '' });
    log = stdout + stderr;
  }, 300_000);

  it('says in the build log how to set it', () => {
    expect(log).toMatch(/SITE_URL is not set: .*Set it to the address the site is served from, e\.g\. SITE_URL=https:\/\//);
  });

  it('writes no absolute URL of its own: no canonical, og:url, feed or sitemap', () => {
    const files = Object.keys(folderFiles(outDir, 'hash')).filter((file) => /\.(html|xml|json|csv)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1|rel="canonical"|og:url/);
    }
    for (const file of ['rss.xml', 'sitemap-index.xml']) expect(existsSync(path.join(outDir, file)), file).toBe(false);
    const article = readFileSync(path.join(outDir, 'articles/2022-digichina-informatization-plan-forum/index.html'), 'utf8');
    expect(article).not.toContain('rss.xml');
    const glossary = JSON.parse(readFileSync(path.join(outDir, 'glossary.json'), 'utf8'));
    expect(glossary.articles[0].url).toMatch(new RegExp(`^${SITE_BASE}articles/`));
  });
});
