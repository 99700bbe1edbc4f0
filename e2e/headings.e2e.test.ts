/**
 * Terms in headings and dictionary cards in a real browser: a heading's text holds term links
 * whose cards open by keyboard and touch, its "#" link to itself sits beside it with a name of its
 * own, axe finds nothing with such a card open; a dictionary card ends with a link to its page,
 * and Tab goes from word to word past it.
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
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('term-known');
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

  it('takes Tab from each of two terms in one heading into its own card, and on to the next term', async () => {
    const { page, errors } = await open(MERICS, { viewport: { width: 1440, height: 900 } });
    // No seed heading holds two terms: a copy of a term link from the prose joins this one.
    await headingTerm(page).evaluate((el) => {
      const other = [...document.querySelectorAll<HTMLAnchorElement>('.prose p a.term-link')].find((link) => link.dataset.term !== el.dataset.term)!;
      const copy = other.cloneNode(true) as HTMLAnchorElement;
      el.dataset.test = 'first';
      copy.dataset.test = 'second';
      el.after(' and ', copy);
    });
    const [first, second] = [page.locator('[data-test="first"]'), page.locator('[data-test="second"]')];
    const cardOf = async (link: typeof first) => page.locator(`#card-${await link.getAttribute('data-term')}`);
    const focused = (link: typeof first) => link.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 200 && !(await focused(first)); i++) await page.keyboard.press('Tab');
    await (await cardOf(first)).waitFor({ state: 'visible' });
    // Into the first term's card, through it, then on to the second term, whose card opens.
    await page.keyboard.press('Tab');
    await expect((await cardOf(first)).evaluate((card) => card.contains(document.activeElement))).resolves.toBe(true);
    for (let i = 0; i < 10 && !(await focused(second)); i++) await page.keyboard.press('Tab');
    await expect(focused(second)).resolves.toBe(true);
    await (await cardOf(second)).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await expect((await cardOf(second)).evaluate((card) => card.contains(document.activeElement))).resolves.toBe(true);
    // Shift+Tab from the card's first control goes back to its term.
    await page.keyboard.press('Shift+Tab');
    await expect(focused(second)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a dictionary card', () => {
  it('ends with a link to the word’s page; Tab goes on from the word to the next word, not through the card', async () => {
    const { page } = await open(FORUM, { viewport: { width: 1440, height: 900 } });
    const word = page.locator('a.term-word').first();
    await word.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2));
    await word.hover();
    const card = page.locator(`[id="card-${await word.getAttribute('data-term')}"]`);
    await card.waitFor({ state: 'visible' });
    const entry = card.getByRole('link', { name: 'Dictionary page', exact: true });
    await expect(entry.getAttribute('href')).resolves.toBe(await word.getAttribute('href'));
    // Its pinyin and its senses on lines of their own, and a × that closes it, as on a curated card.
    const lineTops = await card.locator(':scope > :is(.term-card-pinyin, .term-card-summary)').evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().top));
    expect(lineTops[1]).toBeGreaterThan(lineTops[0]);
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(card.isHidden()).resolves.toBe(true);
    // The card's link is the word's own link and Escape closes it: Tab goes from word to word,
    // each opening its card, one stop per word on a page of Chinese text, not three (word, link, ×).
    await word.focus();
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const at = document.activeElement!;
        if (at.closest('.term-card-dictionary')) return 'in a card';
        return at.matches('.term-word') ? `word, card ${document.getElementById(`card-${(at as HTMLElement).dataset.term}`)?.hidden === false ? 'open' : 'closed'}` : 'other';
      }));
    }
    expect(stops).not.toContain('in a card');
    expect(stops).toContain('word, card open');
  });
});
