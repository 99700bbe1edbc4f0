import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteIndexer } from './site-indexer.ts';

const page = (title: string, words: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;
const pages = Array.from({ length: 12 }, (_, i) => ({ url: `/articles/a${i}/`, html: page(`Article ${i}`, `digital economy plan number ${i} data ${'governance '.repeat(i)}`) }));

const dirs: string[] = [];
const siteDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-reader-index-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file of the written index, by path: what a reproducible build must repeat byte for byte. */
function indexFiles(dir: string): Map<string, string> {
  const root = path.join(dir, 'pagefind');
  return new Map((readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(root, file), readFileSync(file).toString('base64')];
  }));
}

describe('the search index built while pages render', () => {
  it('is the same bytes whatever order the pages finish in', async () => {
    const order = pages.map((p) => p.url);
    const build = async (arrival: typeof pages, expectFirst: boolean) => {
      const dir = siteDir();
      const indexer = await SiteIndexer.start();
      if (expectFirst) indexer.expect(order);
      arrival.forEach((p, i) => {
        indexer.offer(p.url, p.html);
        if (!expectFirst && i === 3) indexer.expect(order);
      });
      await indexer.finish(dir);
      return indexFiles(dir);
    };
    const inOrder = await build(pages, true);
    const shuffled = await build([...pages].reverse(), false);
    expect(inOrder.size).toBeGreaterThan(3);
    expect(shuffled).toEqual(inOrder);
  });

  it('indexes only pages marked data-pagefind-body, and also pages the order does not name', async () => {
    const dir = siteDir();
    const indexer = await SiteIndexer.start();
    indexer.expect(['/articles/a0/']);
    indexer.offer('/articles/a0/', pages[0].html);
    indexer.offer('/about/', '<!doctype html><html><body><p>About this site</p></body></html>');
    indexer.offer('/glossary/x/', page('Term', 'a term page the order left out'));
    const summary = await indexer.finish(dir);
    expect(summary.pages).toBe(2);
    expect(readdirSync(path.join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  it('refuses to write an empty index, leaving no folder behind', async () => {
    const dir = siteDir();
    const indexer = await SiteIndexer.start();
    indexer.offer('/about/', '<!doctype html><html><body><p>No searchable content</p></body></html>');
    await expect(indexer.finish(dir)).rejects.toThrow(/no page to index/);
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });
});
