/**
 * Link check over the whole built site (shared build under /policy-reader/): every internal link,
 * anchor and asset of every page resolves to a file of the build, and every URL of the sitemap and
 * the feed is a page of the build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { SITE_BASE, SITE_ORIGIN } from './support/build-site.ts';
import { htmlPages } from './support/site-pages.ts';

const siteDir = inject('siteDir');

/** The file a URL path under the base serves, as a static host would; undefined when it serves none. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(SITE_BASE)) return undefined;
  const relative = decodeURIComponent(pathname.slice(SITE_BASE.length));
  const candidate = path.join(siteDir, relative);
  if (!candidate.startsWith(siteDir)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
    for (const anchor of root.querySelectorAll('a[name]')) ids.add(anchor.getAttribute('name')!);
    idsCache.set(file, ids);
  }
  return ids;
}

const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
] as const;

function linksOf(root: HTMLElement): string[] {
  return LINKING.flatMap(([tag, attribute]) => root.querySelectorAll(`${tag}[${attribute}]`).map((element) => element.getAttribute(attribute)!));
}

describe('link check (whole site, base /policy-reader/)', () => {
  const pages = htmlPages(siteDir).map((file) => path.join(siteDir, file));

  it('finds every internal link, anchor and asset', () => {
    let checked = 0;
    const broken: string[] = [];
    for (const file of pages) {
      const pageUrl = new URL(`${SITE_BASE}${path.relative(siteDir, file).replace(/(^|\/)index\.html$/, '$1')}`, SITE_ORIGIN);
      for (const href of linksOf(parse(readFileSync(file, 'utf8')))) {
        const url = new URL(href, pageUrl);
        if (url.origin !== SITE_ORIGIN) continue; // external: not ours to check
        checked++;
        const target = fileFor(url.pathname);
        const where = `${path.relative(siteDir, file)}: ${href}`;
        if (!target) broken.push(`${where} (no such file)`);
        else if (url.hash && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where} (no such anchor)`);
      }
    }
    console.log(`link check: ${pages.length} pages, ${checked} internal links, ${broken.length} broken`);
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(90);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('lists in the sitemap only pages of the build, every article and term among them', () => {
    const index = readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((sitemap) => {
      const file = fileFor(sitemap.pathname);
      expect(file, sitemap.href).toBeDefined();
      return [...readFileSync(file!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
    });
    for (const url of urls) {
      expect(url.origin).toBe(SITE_ORIGIN);
      expect(fileFor(url.pathname), url.href).toBeDefined();
    }
    const pageCount = pages.filter((file) => !file.endsWith('404.html')).length;
    expect(urls.length).toBe(pageCount);
  });

  it('links the feed to the home page and every feed item to an article page of the build', () => {
    const feed = readFileSync(path.join(siteDir, 'rss.xml'), 'utf8');
    expect(/<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed)?.[1]).toBe(`${SITE_ORIGIN}${SITE_BASE}`);
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]));
    expect(links.length).toBe(readdirSync(path.join(siteDir, 'articles')).length);
    for (const link of links) {
      expect(link.pathname.startsWith(`${SITE_BASE}articles/`), link.href).toBe(true);
      expect(fileFor(link.pathname), link.href).toBeDefined();
    }
  });
});
