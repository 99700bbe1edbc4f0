/** Every page of the built site loads in the browser without console errors, exceptions or failed requests. */
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../tests/support/site-pages.ts';
import { openPage, url } from './browser.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

describe('every page', () => {
  it('loads without console errors (all pages, crawled in one tab)', async () => {
    expect(pages.length).toBeGreaterThan(90);
    const { page, errors } = await openPage();
    const seen: string[] = [];
    for (const path of pages) {
      const before = errors.length;
      const response = await page.goto(url(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      seen.push(...errors.slice(before).map((error) => `${path || '/'}: ${error}`));
    }
    expect(seen).toEqual([]);
  }, 240_000);

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await openPage();
    const response = await page.goto(url('no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  });
});
