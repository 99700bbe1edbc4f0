import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from './search-index.ts';

const dirs: string[] = [];
const site = (pages: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-reader-index-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

describe('the search index written at the end of the build', () => {
  it('indexes the pages marked data-pagefind-body and keeps only what the search page uses', async () => {
    const dir = site({
      'articles/a/index.html': page('<main data-pagefind-body><h1>Digital economy plan</h1><p>data governance</p></main>'),
      'about/index.html': page('<p>About this site</p>'),
    });
    const summary = await indexSite(dir);
    expect(summary).toMatchObject({ htmlFiles: 2, pages: 1 });
    const files = readdirSync(path.join(dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('refuses to write an empty index, leaving no folder behind', async () => {
    const dir = site({ 'notes.txt': 'no HTML here' });
    await expect(indexSite(dir)).rejects.toThrow(/no page to index/);
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });
});
