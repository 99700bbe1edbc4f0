/**
 * Every page of the built site loads in the browser without console errors, exceptions or failed
 * requests; a term page's quotes lead to their paragraphs.
 */
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

describe('term page quotes', () => {
  it("lead to their paragraph, highlighted and clear of the window's top edge", async () => {
    const { page } = await openPage({ colorScheme: 'dark' });
    await page.goto(url('glossary/high-quality-development/'));
    const quote = page.locator('.kwic a.kwic-keyword').first();
    // The term is highlighted in the page's colours, not the browser's default yellow.
    const markColour = await quote.locator('mark').first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(markColour).not.toBe('rgb(255, 255, 0)');
    const href = (await quote.getAttribute('href'))!;
    await Promise.all([page.waitForURL(new URL(href, page.url()).href), quote.click()]);
    const paragraphs = await page.locator('.prose :is(p, li)').evaluateAll((elements) =>
      elements.map((el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top, background: getComputedStyle(el).backgroundColor })),
    );
    const highlighted = paragraphs.filter((p) => p.background !== 'rgba(0, 0, 0, 0)');
    expect(highlighted.map((p) => p.text)).toEqual([expect.stringContaining('high-quality development')]);
    expect(highlighted[0].top).toBeGreaterThanOrEqual(16);
  });
});
