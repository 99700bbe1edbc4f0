/**
 * Term cards in a real browser: hover, keyboard focus and tap open a term's card; where it opens
 * (measured against the term and the text column at 1,440, 1,024 and 375 px); Escape, its close
 * button and a click elsewhere close it; it never moves the layout or the focus, and a copied
 * paragraph does not carry it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
const ID = 'high-quality-development';
const LINK = `${s.termLink}[data-term="${ID}"]`;
const CARD = `#card-${ID}`;

async function open(options = {}) {
  const tracked = await openPage(options);
  await tracked.page.goto(url(ARTICLE));
  return tracked.page;
}

/** The first link of the term, scrolled to the window's middle. */
async function firstLink(page: Page) {
  const link = page.locator(LINK).first();
  await link.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2));
  return link;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('term cards', () => {
  it('on a wide screen open on hover in the margin beside the paragraph, with name, hanzi, pinyin, summary and the full entry', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = await firstLink(page);
    const card = page.locator(CARD);
    await expect(card.isVisible()).resolves.toBe(false);
    await link.hover();
    // Not at once: passing over a term must not flash its card.
    await page.waitForTimeout(150);
    await expect(card.isVisible()).resolves.toBe(false);
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('.term-card-name').textContent()).resolves.toBe('High-quality development');
    await expect(card.locator('.term-card-hanzi').textContent()).resolves.toBe('高质量发展');
    await expect(card.locator('.term-card-traditional').textContent()).resolves.toBe('高質量發展');
    await expect(card.locator('.term-card-pinyin').textContent()).resolves.toBe('gāo zhìliàng fāzhǎn');
    await expect(card.locator('a.term-card-entry').getAttribute('href')).resolves.toMatch(/glossary\/high-quality-development\/$/);
    const [term, box, column] = [(await link.boundingBox())!, (await card.boundingBox())!, (await page.locator('.prose').boundingBox())!];
    // In the margin: right of the text column, level with the term's line, inside the window.
    expect(box.x).toBeGreaterThanOrEqual(column.x + column.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    expect(Math.abs(box.y - term.y)).toBeLessThan(12);
    await expect(card.getAttribute('data-placement')).resolves.toBe('margin');
    // Hover does not take the focus away from where the reader left it.
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
    // Hoverable: the pointer can travel from the term to the card in the margin.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    await expect(card.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
  });

  it('close when the pointer leaves both the term and the card', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = await firstLink(page);
    await link.hover();
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await page.locator(CARD).waitFor({ state: 'hidden' });
  });

  it.each([1024, 800])('at %i px open above or below the term, never over it, inside the window', async (width) => {
    const page = await open({ viewport: { width, height: 700 } });
    const links = page.locator(s.termLink);
    // Terms at the window's top, middle and bottom, left and right.
    for (const index of [0, 5, 11, 17]) {
      const link = links.nth(index);
      for (const where of [0.1, 0.5, 0.92]) {
        await page.mouse.move(1, 1);
        await page.locator(`${s.termCard}:not([hidden])`).waitFor({ state: 'detached' });
        await link.evaluate((el, at) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), where);
        await link.hover();
        const card = page.locator(`#card-${await link.getAttribute('data-term')}`);
        await card.waitFor({ state: 'visible' });
        const lines = await link.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
        const box = (await card.boundingBox())!;
        const label = `${await link.textContent()} at ${where}`;
        for (const line of lines) expect(overlaps(box, line), label).toBe(false);
        expect(box.x, label).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, label).toBeLessThanOrEqual(width);
        expect(box.y, label).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, label).toBeLessThanOrEqual(700);
        await expect(card.getAttribute('data-placement')).resolves.toMatch(/^(above|below)$/);
      }
    }
  });

  it('on a 375 px phone open as a bottom sheet on the first tap without covering the term, and navigate on the second', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } });
    const link = page.locator(LINK).first();
    // A term near the window's bottom, where the sheet will be.
    await link.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 20));
    await link.tap();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(page.url()).toBe(url(ARTICLE));
    await expect(card.getAttribute('data-placement')).resolves.toBe('sheet');
    // Measured once the sheet has slid in.
    await card.evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
    const [term, box] = [(await link.boundingBox())!, (await card.boundingBox())!];
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(box.y + box.height).toBeCloseTo(667, 0);
    expect(term.y + term.height).toBeLessThanOrEqual(box.y);
    expect(term.y).toBeGreaterThanOrEqual(0);
    await page.locator('h1').tap();
    await card.waitFor({ state: 'hidden' });
    await link.tap();
    await card.waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL(url(`glossary/${ID}/`)), link.tap()]);
  });

  it('open on keyboard focus right after the term in reading order, take Tab to the card\'s own buttons, and give the focus back on Escape', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = page.locator(LINK).first();
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(link.evaluate((el) => el.nextElementSibling?.id)).resolves.toBe(`card-${ID}`);
    await expect(card.getAttribute('role')).resolves.not.toBe('tooltip');
    // Tab goes to the card's own buttons: its "Full entry" repeats the term's link, and Escape does what its × does.
    await expect(card.locator('.term-card-entry, .term-card-close').evaluateAll((els) => els.map((el) => (el as HTMLElement).tabIndex))).resolves.toEqual([-1, -1]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^(?:I know this term|Listen)$/);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('close with their close button and on a click elsewhere; a mouse click on a term follows its link', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = await firstLink(page);
    await link.hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await card.locator('.term-card-close').click();
    await card.waitFor({ state: 'hidden' });
    await link.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await card.waitFor({ state: 'visible' });
    await page.mouse.click(5, 400);
    await card.waitFor({ state: 'hidden' });
    await Promise.all([page.waitForURL(url(`glossary/${ID}/`)), link.click()]);
  });

  it("opened by keyboard, stay open while the reader selects their text", async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = await firstLink(page);
    await link.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await card.locator('.term-card-hanzi').dblclick();
    await expect(card.isVisible()).resolves.toBe(true);
    // Chromium selects a word of the hanzi (质量): a part of the card's text, not of the article.
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected).not.toBe('');
    expect('高质量发展').toContain(selected);
  });

  it('fit a short window with large text: the sheet scrolls within the screen and keeps the term above it', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 256 } });
    await page.evaluate(() => (document.documentElement.dataset.size = 'xl'));
    const link = page.locator(LINK).first();
    await link.tap();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await card.evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
    const [term, box] = [(await link.boundingBox())!, (await card.boundingBox())!];
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(256.5);
    expect(term.y).toBeGreaterThanOrEqual(0);
    expect(term.y + term.height).toBeLessThanOrEqual(box.y + 0.5);
  });

  it('fit a phone in landscape with large text: the card opens whole beside the term, its headword and × on screen, and scrolls within', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 812, height: 375 } });
    await page.evaluate(() => (document.documentElement.dataset.size = 'xl'));
    const link = await firstLink(page);
    await link.tap();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    const [term, box, close] = [(await link.boundingBox())!, (await card.boundingBox())!, (await card.locator('.term-card-close').boundingBox())!];
    expect(overlaps(box, term)).toBe(false);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(375.5);
    expect(close.y).toBeGreaterThanOrEqual(0);
    await expect(card.evaluate((el) => el.scrollHeight > el.clientHeight)).resolves.toBe(true);
  });

  it('name a dictionary word\'s card by the word, and leave the word\'s link its own name', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const word = page.locator('a.term-word').first();
    const hanzi = (await word.textContent())!;
    await word.focus();
    const card = page.locator(`#card-word-${hanzi}`);
    await card.waitFor({ state: 'visible' });
    await expect(page.getByRole('group', { name: `${hanzi} Dictionary reading · CC-CEDICT`, exact: true }).count()).resolves.toBe(1);
    await expect(word.evaluate((el) => el.hasAttribute('aria-describedby'))).resolves.toBe(false);
  });

  it('do not shift the layout when a card opens', async () => {
    for (const width of [1440, 1024, 375]) {
      const page = await open({ viewport: { width, height: 800 }, hasTouch: width < 600 });
      const link = await firstLink(page);
      const layout = () => page.locator('.prose').evaluate((el) => ({ height: el.getBoundingClientRect().height, page: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
      const before = await layout();
      if (width < 600) await link.tap();
      else await link.hover();
      await page.locator(CARD).waitFor({ state: 'visible' });
      expect(await layout(), `${width} px`).toEqual(before);
    }
  });

  it('appear without motion when the reader prefers reduced motion', async () => {
    const page = await open({ reducedMotion: 'reduce' });
    await (await firstLink(page)).focus();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await expect(card.evaluate((el) => [getComputedStyle(el).animationName, getComputedStyle(el).opacity])).resolves.toEqual(['none', '1']);
  });

  it('stay out of a paragraph copied while a card is open', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = await firstLink(page);
    await link.hover();
    await page.locator(CARD).waitFor({ state: 'visible' });
    const copied = await link.evaluate((el) => {
      const paragraph = el.closest('p')!;
      getSelection()!.selectAllChildren(paragraph);
      const data = new DataTransfer();
      paragraph.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toContain('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword');
    expect(copied).not.toContain('Full entry');
    expect(copied).not.toContain('gāo zhìliàng');
  });

  it('work without JavaScript: the term is a link and no card shows', async () => {
    const page = await open({ javaScriptEnabled: false });
    const link = page.locator(LINK).first();
    await link.focus();
    await link.hover();
    await page.waitForTimeout(500);
    await expect(page.locator(`${s.termCard}:visible`).count()).resolves.toBe(0);
    await Promise.all([page.waitForURL(url(`glossary/${ID}/`)), link.click()]);
  });
});

describe('a calm page', () => {
  it('links a term once per section; repeats are unmarked text that does not take Tab', async () => {
    const page = await open();
    const counts = await page.evaluate(() => {
      const sections: Record<string, number>[] = [{}];
      for (const el of document.querySelectorAll('.prose h2, .prose .term-link')) {
        if (el.tagName === 'H2') sections.push({});
        else {
          const id = (el as HTMLElement).dataset.term!;
          sections.at(-1)![id] = (sections.at(-1)![id] ?? 0) + 1;
        }
      }
      const mention = document.querySelector<HTMLElement>('.term-mention')!;
      return { most: Math.max(...sections.flatMap((section) => Object.values(section))), repeats: document.querySelectorAll('.term-mention').length, decoration: getComputedStyle(mention).textDecorationLine, tag: mention.tagName };
    });
    expect(counts.most).toBe(1);
    expect(counts.repeats).toBeGreaterThan(10);
    expect(counts).toMatchObject({ decoration: 'none', tag: 'SPAN' });
  });

  it('keeps "Terms in this article" collapsed to a tenth of the page at most, and opens it', async () => {
    for (const width of [1440, 375]) {
      const page = await open({ viewport: { width, height: 800 } });
      const list = page.locator('details.terms-in-article');
      const [height, pageHeight] = await list.evaluate((el) => [el.getBoundingClientRect().height, document.documentElement.scrollHeight]);
      expect(height, `${width} px`).toBeLessThanOrEqual(pageHeight / 10);
      await list.locator('summary').click();
      await expect(list.locator('li').first().isVisible()).resolves.toBe(true);
    }
  });
});
