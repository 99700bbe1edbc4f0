/**
 * A term's card on a phone is a bottom sheet (callouts.e2e.test.ts opens it): it closes once the
 * reader scrolls its term out of the window or under the sheet, where it no longer sits by what it
 * explains; a swipe on a sheet whose content fits scrolls the page; its targets suit a finger.
 */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
const ID = 'high-quality-development';

/** A phone showing the term near the window's top, its sheet opened by a tap and slid in. */
async function openSheet() {
  const { page } = await openPage({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } });
  await page.goto(url(ARTICLE));
  const link = page.locator(`${s.termLink}[data-term="${ID}"]`).first();
  await link.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - 100));
  await link.tap();
  const card = page.locator(`#card-${ID}`);
  await card.waitFor({ state: 'visible' });
  await card.evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
  return { page, link, card };
}

describe('the bottom sheet on a phone', () => {
  it('stays open while its term is in the window and closes once the term is scrolled out of it', async () => {
    const { page, link, card } = await openSheet();
    await expect(card.getAttribute('data-placement')).resolves.toBe('sheet');
    await page.evaluate(() => scrollBy(0, 40));
    await page.waitForTimeout(200);
    await expect(card.isVisible()).resolves.toBe(true);
    await page.evaluate(() => scrollBy(0, innerHeight * 2));
    await card.waitFor({ state: 'hidden' });
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('offers its link and buttons as targets at least 24 px high, a finger’s minimum (WCAG 2.5.8; reader QA: 23 px)', async () => {
    const { card } = await openSheet();
    const heights = await card.locator('.term-card-actions > :is(a, button):not([hidden])').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(1);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
  });

  it('closes when its term is scrolled down under it, and lets a swipe on it scroll the page when its content fits (reader QA round 2)', async () => {
    const { page, link, card } = await openSheet();
    // A wheel turned over the sheet scrolls the page.
    const sheet = (await card.boundingBox())!;
    const before = await page.evaluate(() => scrollY);
    await page.mouse.move(sheet.x + sheet.width / 2, sheet.y + sheet.height / 2);
    await page.mouse.wheel(0, 30);
    await page.waitForFunction((y) => scrollY !== y, before);
    // The reader scrolls back up until the term sits under the sheet.
    await link.evaluate((el, top) => scrollBy(0, el.getBoundingClientRect().top - top - 5), sheet.y);
    await card.waitFor({ state: 'hidden' });
  });
});
