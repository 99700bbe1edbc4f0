/** Glossary callouts in a real browser: hover, keyboard focus and tap open the card; Escape and click-away close it. */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
const TERM = `${s.term}:has(> ${s.termLink}[data-term="high-quality-development"][aria-describedby$="-1"])`;
const HANZI = '高质量发展';
const PINYIN = 'gāo zhìliàng fāzhǎn';

async function open(options = {}) {
  const tracked = await openPage(options);
  await tracked.page.goto(url(ARTICLE));
  return tracked.page;
}

describe('callouts', () => {
  it('open on hover after a short delay, show hanzi and pinyin, and stay open on the card', async () => {
    const page = await open();
    const term = page.locator(TERM);
    const card = term.locator(s.termCard);
    await expect(card.isVisible()).resolves.toBe(false);
    await term.locator(s.termLink).hover();
    // The card waits ~350 ms before it shows (read from its animation, not the clock: CI machines are slow).
    const waiting = await card.evaluate((el) => {
      const animation = el.getAnimations()[0];
      return { delay: Number(animation?.effect?.getTiming().delay), time: Number(animation?.currentTime), visibility: getComputedStyle(el).visibility };
    });
    expect(waiting.delay).toBeGreaterThanOrEqual(300);
    if (waiting.time < waiting.delay) expect(waiting.visibility).toBe('hidden');
    await card.waitFor({ state: 'visible' });
    await page.waitForFunction((el) => getComputedStyle(el!).opacity === '1', await card.elementHandle());
    await expect(card.locator(s.cardHanzi).textContent()).resolves.toBe(HANZI);
    await expect(card.locator(s.cardPinyin).textContent()).resolves.toBe(PINYIN);
    // The card is next to the term, not over it, and inside the viewport.
    const link = (await term.locator(s.termLink).boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.y >= link.y + link.height || box.y + box.height <= link.y).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    // Hoverable: moving the pointer from the term into the card keeps it open.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(400);
    await expect(card.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
  });

  it('are announced by screen readers: the link is described by the card text', async () => {
    const page = await open();
    const link = page.locator(`${TERM} > ${s.termLink}`);
    const cardId = await link.getAttribute('aria-describedby');
    const card = page.locator(`#${cardId}`);
    await expect(card.getAttribute('role')).resolves.toBe('tooltip');
    await expect(card.textContent()).resolves.toContain(`${HANZI} ${PINYIN}`);
    await expect(card.locator('a, button, [tabindex]').count()).resolves.toBe(0);
  });

  it('open on keyboard focus and close with Escape', async () => {
    const page = await open();
    const link = page.locator(`${TERM} > ${s.termLink}`);
    const card = page.locator(`${TERM} > ${s.termCard}`);
    // Tab until the term has focus, as a keyboard user would.
    for (let i = 0; i < 400 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await card.waitFor({ state: 'visible' });
    await expect(card.locator(s.cardHanzi).textContent()).resolves.toBe(HANZI);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('open on the first tap, close on a tap elsewhere, and navigate on the second tap', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const term = page.locator(TERM);
    const card = term.locator(s.termCard);
    await term.locator(s.termLink).scrollIntoViewIfNeeded();
    await term.locator(s.termLink).tap();
    await card.waitFor({ state: 'visible' });
    expect(page.url()).toBe(url(ARTICLE));
    await expect(card.locator(s.cardPinyin).textContent()).resolves.toBe(PINYIN);
    // On a narrow screen the card still fits inside the viewport.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.locator('h1').tap();
    await card.waitFor({ state: 'hidden' });
    await term.locator(s.termLink).tap();
    await card.waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL(url('glossary/high-quality-development/')), term.locator(s.termLink).tap()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('High-quality development');
  });

  it('follow the link to the term page on click', async () => {
    const page = await open();
    await Promise.all([page.waitForURL(url('glossary/high-quality-development/')), page.locator(`${TERM} > ${s.termLink}`).click()]);
    await expect(page.locator('[lang="zh-Hans"], [lang="zh-CN"]').first().textContent()).resolves.toBe(HANZI);
  });

  it('do not shift the layout when a card opens', async () => {
    const page = await open();
    const layout = () =>
      page.locator(`p:has(${TERM})`).evaluate((p) => {
        const box = p.getBoundingClientRect();
        return { top: box.top + scrollY, height: box.height, width: box.width, page: document.documentElement.scrollHeight };
      });
    await page.locator(`${TERM} > ${s.termLink}`).scrollIntoViewIfNeeded();
    const before = await layout();
    await page.locator(`${TERM} > ${s.termLink}`).hover();
    await page.locator(`${TERM} > ${s.termCard}`).waitFor({ state: 'visible' });
    expect(await layout()).toEqual(before);
  });

  it('open above the term near the bottom of the window, never over it, and inside the window near its edge', async () => {
    const page = await open({ viewport: { width: 800, height: 600 } });
    const link = page.locator(`${TERM} > ${s.termLink}`);
    // Scroll so that the term sits on the window's last lines.
    await link.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 10));
    await link.hover();
    const card = page.locator(`${TERM} > ${s.termCard}`);
    await card.waitFor({ state: 'visible' });
    const rects = await link.evaluate((el) => [...el.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })));
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(rects[0].top);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await expect(card.getAttribute('data-placement')).resolves.toBe('above');
    // Near the right edge: a term that starts in the window's right half would push its card out.
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
    const right = page.locator(`${s.termLink}[data-near-edge]`);
    await page.locator(s.termLink).evaluateAll((links) => {
      const near = links.find((el) => {
        const rects = el.getClientRects();
        return rects.length === 1 && rects[0].left > innerWidth * 0.6;
      });
      near?.setAttribute('data-near-edge', '');
      near?.scrollIntoView({ block: 'center' });
    });
    await right.hover();
    const rightCard = page.locator(`${s.term}:has(> [data-near-edge]) > ${s.termCard}`);
    await rightCard.waitFor({ state: 'visible' });
    const start = (await right.boundingBox())!;
    const shifted = (await rightCard.boundingBox())!;
    expect(shifted.x).toBeLessThan(start.x); // moved left of the term's start to fit
    expect(shifted.x + shifted.width).toBeLessThanOrEqual(800);
    expect(shifted.y).toBeGreaterThanOrEqual(start.y + start.height);
  });

  it.each([
    [768, 1024],
    [320, 640],
  ])('open without JavaScript on focus below their term, inside a %i px wide window wherever the term sits', async (width, height) => {
    const page = await open({ javaScriptEnabled: false, viewport: { width, height }, isMobile: width < 400 });
    const links = page.locator(`${s.term}[data-first] > ${s.termLink}`);
    const count = await links.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await link.focus();
      const card = page.locator(`${s.term}:has(> ${s.termLink}:focus) > ${s.termCard}`);
      await card.waitFor({ state: 'visible' });
      const [term, box] = [(await link.boundingBox())!, (await card.boundingBox())!];
      const where = `${await link.textContent()} at x=${Math.round(term.x)}`;
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(width);
      expect(box.y, where).toBeGreaterThanOrEqual(term.y + term.height - 1);
      // A card that reached past the edge would widen the page: the reader could scroll sideways.
      expect(await page.locator('html').evaluate((html) => html.scrollWidth), where).toBeLessThanOrEqual(width);
    }
  });

  it('appear without a fade when the reader prefers reduced motion', async () => {
    const page = await open({ reducedMotion: 'reduce' });
    const link = page.locator(`${TERM} > ${s.termLink}`);
    await link.focus();
    const card = page.locator(`${TERM} > ${s.termCard}`);
    // Keyboard focus is not a mouse click: focus-visible applies, the card shows at once, fully opaque.
    await card.waitFor({ state: 'visible' });
    await expect(card.evaluate((el) => [getComputedStyle(el).animationName, getComputedStyle(el).opacity])).resolves.toEqual(['none', '1']);
  });

  it('keep their spaces in the rendered text', async () => {
    const page = await open();
    const text = await page.locator('.prose').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.term-card').forEach((card) => card.remove());
      return clone.textContent ?? '';
    });
    expect(text).toContain('requires “high-quality development” (高质量发展), a new buzzword');
  });
});
