/**
 * A term's card by keyboard alone: after Escape the focused term's card opens again with
 * Alt+ArrowDown (the APG's key for "show the popup without moving focus") and closes with
 * Alt+ArrowUp; and Shift+Tab walks back through exactly the stops Tab walked through, a card's
 * buttons included, in prose and in a heading with two terms.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const FORUM = 'articles/2022-digichina-informatization-plan-forum/';
const MERICS = 'articles/2016-merics-13th-five-year-plan-digital/';
const HEADING = '2. Digitisation of industries and the rural economy';
const ID = 'high-quality-development';

async function open(path: string) {
  const tracked = await openPage({ viewport: { width: 1440, height: 900 } });
  await tracked.page.goto(url(path));
  return tracked;
}

const isFocused = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el === document.activeElement);

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 300 && !(await isFocused(page, selector)); i++) await page.keyboard.press('Tab');
  expect(await isFocused(page, selector), selector).toBe(true);
}

/** What the focus is on, as a reader would tell stops apart: the element, its text, the card it is in. */
const stop = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return [el.tagName, el.dataset.term ?? '', el.getAttribute('aria-label') ?? el.textContent?.trim(), el.closest('.term-card')?.id ?? ''].join(' | ');
  });

/** The stops `count` presses of Tab reach from where the focus is, then those Shift+Tab reaches coming back. */
async function walk(page: Page, count: number) {
  const forward = [await stop(page)];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    forward.push(await stop(page));
  }
  const backward = [await stop(page)];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Shift+Tab');
    backward.push(await stop(page));
  }
  return { forward, backward: backward.reverse() };
}

describe('a term card by keyboard', () => {
  it('opens again with Alt+ArrowDown after Escape, the focus kept on the term and the page not scrolled, and closes with Alt+ArrowUp', async () => {
    const { page, errors } = await open(FORUM);
    const link = `${s.termLink}[data-term="${ID}"]`;
    await tabTo(page, link);
    const card = page.locator(`#card-${ID}`);
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('Alt+ArrowDown');
    await card.waitFor({ state: 'visible' });
    await expect(isFocused(page, link)).resolves.toBe(true);
    await expect(page.locator(link).first().getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => scrollY)).resolves.toBe(scrolled);
    // As when the term was reached by Tab: the next Tab goes into its card.
    await page.keyboard.press('Tab');
    await expect(card.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    // Alt+ArrowUp closes it from inside the card, the focus back on the term, and from the term.
    for (const from of ['card', 'term']) {
      await page.keyboard.press('Alt+ArrowUp');
      await card.waitFor({ state: 'hidden' });
      await expect(isFocused(page, link), from).resolves.toBe(true);
      await expect(page.locator(link).first().getAttribute('aria-expanded')).resolves.toBe('false');
      await page.keyboard.press('Alt+ArrowDown');
      await card.waitFor({ state: 'visible' });
    }
    expect(errors).toEqual([]);
  });

  it('takes Shift+Tab back through the stops Tab went through, a card\'s buttons included', async () => {
    const { page, errors } = await open(FORUM);
    await tabTo(page, `${s.termLink}[data-term="${ID}"]`);
    const { forward, backward } = await walk(page, 12);
    // The walk passes through cards' buttons, or it would show nothing.
    expect(forward.filter((at) => at.startsWith('BUTTON')).length).toBeGreaterThanOrEqual(3);
    expect(backward).toEqual(forward);
    expect(errors).toEqual([]);
  });

  it('takes Shift+Tab back through a heading\'s two terms and their cards as Tab went', async () => {
    const { page, errors } = await open(MERICS);
    const heading = page.getByRole('heading', { name: HEADING, exact: true });
    // No seed heading holds two terms: a copy of a term link from the prose joins this one.
    await heading.locator('a.term-link').evaluate((el) => {
      const other = [...document.querySelectorAll<HTMLAnchorElement>('.prose p a.term-link')].find((link) => link.dataset.term !== el.dataset.term)!;
      el.dataset.test = 'first';
      el.after(' and ', other.cloneNode(true));
    });
    await tabTo(page, '[data-test="first"]');
    const { forward, backward } = await walk(page, 6);
    expect(forward.some((at) => at.includes('Link to section'))).toBe(true);
    expect(backward).toEqual(forward);
    expect(errors).toEqual([]);
  });
});
