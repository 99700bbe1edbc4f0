/**
 * Terms in headings and dictionary cards in a real browser: a heading's text holds term links
 * whose cards open by keyboard and touch, its "#" link to itself sits beside it with a name of its
 * own, axe finds nothing with such a card open; a dictionary card ends with a link to its page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';

const MERICS = 'articles/2016-merics-13th-five-year-plan-digital/';
const HEADING = '2. Digitisation of industries and the rural economy';
const FORUM = 'articles/2022-digichina-informatization-plan-forum/';

async function open(path: string, options = {}) {
  const tracked = await openPage(options);
  await tracked.page.goto(url(path));
  return tracked;
}

const headingTerm = (page: Page) => page.getByRole('heading', { name: HEADING, exact: true }).locator('a.term-link');

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function axeViolations(page: Page) {
  return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a term in a heading', () => {
  it('leaves the heading named by its text, with a named "#" link to the section beside it', async () => {
    const { page } = await open(MERICS);
    const heading = page.getByRole('heading', { name: HEADING, exact: true });
    await expect(heading.count()).resolves.toBe(1);
    const anchor = page.getByRole('link', { name: `Link to section ${HEADING}`, exact: true });
    const id = await heading.getAttribute('id');
    await expect(anchor.getAttribute('href')).resolves.toBe(`#${id}`);
    // Shown when focused, and it goes to the section.
    await anchor.focus();
    await expect(anchor.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await anchor.press('Enter');
    await page.waitForURL(`**#${encodeURIComponent(id!)}`);
  });

  it('opens its card by keyboard beside the term, takes Tab into it and gives the focus back on Escape', async () => {
    const { page, errors } = await open(MERICS, { viewport: { width: 1440, height: 900 } });
    const link = headingTerm(page);
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    const card = page.locator(`#card-${await link.getAttribute('data-term')}`);
    await card.waitFor({ state: 'visible' });
    expect(overlaps((await link.boundingBox())!, (await card.boundingBox())!)).toBe(false);
    // The open card follows the heading: the heading's name stays its text.
    await expect(page.getByRole('heading', { name: HEADING, exact: true }).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('term-card-entry');
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens its card as a bottom sheet on a first tap on a phone, the term left uncovered', async () => {
    const { page } = await open(MERICS, { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    const link = headingTerm(page);
    await link.tap();
    const card = page.locator(`#card-${await link.getAttribute('data-term')}`);
    await card.waitFor({ state: 'visible' });
    await expect(card.getAttribute('data-placement')).resolves.toBe('sheet');
    expect(overlaps((await link.boundingBox())!, (await card.boundingBox())!)).toBe(false);
    expect(page.url()).toBe(url(MERICS));
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

describe('a dictionary card', () => {
  it('ends with a link to the word’s page, which Tab reaches from the word', async () => {
    const { page } = await open(FORUM, { viewport: { width: 1440, height: 900 } });
    const word = page.locator('a.term-word').first();
    await word.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2));
    await word.hover();
    const card = page.locator(`[id="card-${await word.getAttribute('data-term')}"]`);
    await card.waitFor({ state: 'visible' });
    const entry = card.getByRole('link', { name: 'Dictionary page', exact: true });
    await expect(entry.getAttribute('href')).resolves.toBe(await word.getAttribute('href'));
    await word.focus();
    await page.keyboard.press('Tab');
    await expect(entry.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});
