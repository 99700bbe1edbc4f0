/** Every page of the built site loads in the browser without console errors, exceptions or failed requests. */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, url } from './browser.ts';

const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

describe('every page', () => {
  it('loads without console errors (all pages, crawled in one tab)', async () => {
    expect(pages.length).toBeGreaterThan(90);
    const { page, errors, close } = await openPage();
    const seen: string[] = [];
    for (const path of pages) {
      const before = errors.length;
      const response = await page.goto(url(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      seen.push(...errors.slice(before).map((error) => `${path || '/'}: ${error}`));
    }
    expect(seen).toEqual([]);
    await close();
  }, 240_000);

  it('answers an unknown address with the 404 page', async () => {
    const { page, close } = await openPage();
    const response = await page.goto(url('no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await close();
  });
});
