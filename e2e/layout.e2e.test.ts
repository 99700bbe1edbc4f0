/** Layout a reader notices: usable at 320 px wide without sideways scrolling, and a clean printout. */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';

describe('layout', () => {
  it.each(['', ARTICLE, 'glossary/', 'glossary/high-quality-development/', s.searchPath, 'about/'])('page /%s fits a 320 px screen without sideways scrolling', async (path) => {
    const { page } = await openPage({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(url(path));
    const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: innerWidth }));
    expect(width).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it('keeps the header on one row on a 1280 px laptop screen', async () => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url(ARTICLE));
    // Site name, navigation and tools: their vertical centres line up when they share a row.
    const middles = await page.locator('.site-header > *').evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect()).map((box) => box.top + box.height / 2));
    expect(middles.length).toBe(3);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
  });

  it('prints an article as text: no header or cards, callouts plain, terms listed at the end', async () => {
    const { page } = await openPage();
    await page.goto(url(ARTICLE));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => getComputedStyle(document.querySelector(selector)!).display !== 'none';
      const link = document.querySelector('.term[data-first] > .term-link')!;
      const last = document.querySelector('article')!.lastElementChild!;
      return {
        header: shown('.site-header'),
        card: shown('.term-card'),
        linkLooksLikeText: getComputedStyle(link).textDecorationLine === 'none' && getComputedStyle(link).color === getComputedStyle(link.closest('p')!).color,
        lastSection: last.className,
        lastItem: last.querySelector('li')?.textContent,
      };
    });
    expect(printed).toMatchObject({ header: false, card: false, linkLooksLikeText: true, lastSection: 'terms-in-article' });
    expect(printed.lastItem).toMatch(/中央网络安全和信息化委员会 .+ .+/);
  });
});
