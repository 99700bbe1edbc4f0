/**
 * From a search result to its paragraph: an article result links to the paragraph that uses the
 * query, and the article page marks the words there. Also the search page on a phone: one
 * search box, the groups' best results on the first screen.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_BASE } from '../tests/support/build-site.ts';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const articleResult = 'main .search-group:has(#search-group-article) a.search-hit-title';
const excerptMarksOf = (page: Page) => page.locator('main .search-group:has(#search-group-article) li').first().locator('mark').allTextContents();

/** Searches `query` and waits for its first article result. */
async function searchFor(page: Page, query: string) {
  await page.goto(url(`${s.searchPath}?q=${encodeURIComponent(query)}`));
  const link = page.locator(articleResult).first();
  await link.waitFor({ timeout: 15_000 });
  return link;
}

/** Follows a result to its article's paragraph. */
async function follow(page: Page, link: Locator) {
  await link.click();
  await page.waitForURL((address) => address.pathname.startsWith(`${SITE_BASE}articles/`) && /^#p-[0-9a-f]+$/.test(address.hash));
}

describe('search result to paragraph', () => {
  for (const query of ['质量发展', 'gaozhiliang fazhan', 'a new buzzword']) {
    it(`“${query}”: the article result lands on its paragraph with the words marked`, async () => {
      const { page, errors } = await openPage();
      const link = await searchFor(page, query);
      const excerptMarks = await excerptMarksOf(page);
      expect(excerptMarks.length).toBeGreaterThan(0);
      await follow(page, link);
      const paragraph = page.locator('.prose :is(p, li):has(> span[id^="p-"]:target)');
      await expect.poll(() => paragraph.locator('mark.search-arrival').count()).toBeGreaterThan(0);
      const marks = await paragraph.locator('mark.search-arrival').allTextContents();
      expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(excerptMarks.map((mark) => mark.toLowerCase())));
      // Scrolled to it: the paragraph is in the window.
      const box = await paragraph.boundingBox();
      expect(box && box.y >= 0 && box.y < 768).toBe(true);
      // Nothing outside that paragraph is marked.
      expect(await page.locator('mark.search-arrival').count()).toBe(marks.length);
      expect(errors).toEqual([]);
    });
  }

  it('a quoted phrase: the status says it was searched as one, and the excerpt and the paragraph mark it whole (reader QA: "data trading")', async () => {
    const { page, errors } = await openPage();
    const link = await searchFor(page, '"a new buzzword"');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/ for the phrase “a new buzzword”\.$/);
    expect(await excerptMarksOf(page)).toEqual(['a new buzzword']);
    await follow(page, link);
    await expect.poll(() => page.locator('mark.search-arrival').allTextContents()).toEqual(['a new buzzword']);
    expect(errors).toEqual([]);
  });

  it('a pinyin query: the excerpt and the paragraph mark the hanzi the text writes for it, not the whole of a longer term (reader QA: `guo ji` marked guójiā)', async () => {
    const { page, errors } = await openPage();
    // DigiChina writes 厘清政府和市场关系 and 推动有效市场和有为政府, two terms holding 市场 (shìchǎng).
    await searchFor(page, 'shi chang');
    const result = page.locator('main .search-group:has(#search-group-article) li').filter({ has: page.locator('a[href*="2022-digichina-informatization-plan-forum"]') });
    const marks = await result.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark === '市场')).toBe(true);
    await follow(page, result.locator('a.search-hit-title'));
    await expect.poll(() => page.locator('mark.search-arrival').allTextContents()).toContain('市场');
    expect(new Set(await page.locator('mark.search-arrival').allTextContents())).toEqual(new Set(['市场']));
    expect(errors).toEqual([]);
  });

  it('marks a quoted phrase that runs from a term link into the text after it (reader QA: nothing was marked)', async () => {
    const { page, errors } = await openPage();
    await follow(page, await searchFor(page, '"digital divide between rural"'));
    const marks = page.locator('mark.search-arrival');
    await expect.poll(() => marks.allTextContents()).toEqual(['digital divide', ' between rural']);
    // The first part is inside the term's link, which keeps working.
    expect(await marks.first().evaluate((mark) => mark.closest('a.term-link') !== null)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('marks whole words only (the "in" of "China" is not marked) and opens the folded list of terms when a result lands there', async () => {
    const { page, errors } = await openPage();
    const article = 'articles/2022-digichina-informatization-plan-forum/';
    await page.goto(url(article));
    const anchor = await page.locator('.prose p > span[id^="p-"]').evaluateAll((spans) => spans.find((span) => /\bin\b/.test(span.parentElement!.textContent!) && /China/.test(span.parentElement!.textContent!))?.id);
    await page.goto(url(`${article}?q=in#${anchor}`));
    const marks = page.locator('mark.search-arrival');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    // Each mark is a word of its own: no letter touches it on either side.
    const touching = await marks.evaluateAll((all) => all.filter((mark) => /\p{L}$/u.test(mark.previousSibling?.textContent ?? '') || /^\p{L}/u.test(mark.nextSibling?.textContent ?? '')).length);
    expect(touching).toBe(0);
    await page.goto(url(`${article}?q=data#terms-heading`));
    expect(await page.locator('details.terms-in-article').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('without JavaScript the link still lands on the paragraph, tinted as the target', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url('articles/2022-digichina-informatization-plan-forum/'));
    const anchor = await page.locator('.prose p > span[id^="p-"]').nth(3).getAttribute('id');
    await page.goto(url(`articles/2022-digichina-informatization-plan-forum/?q=data#${anchor}`));
    const target = page.locator(`.prose p:has(> span[id="${anchor}"])`);
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

describe('search page on a phone', () => {
  it('shows one search box, no keyboard hint, and a few terms and the best article on the first screen', async () => {
    const { page, errors } = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await searchFor(page, 'data');
    expect(await page.locator('input[type=search]:visible').count()).toBe(1);
    expect(await page.getByText('Press ↓').isVisible()).toBe(false);
    expect(await page.locator('main .search-group:has(#search-group-term) li:visible').count()).toBe(3);
    const box = await page.locator(articleResult).first().boundingBox();
    expect(box && box.y + 24 <= 844).toBe(true);
    // The other terms are one tap away.
    await page.getByRole('button', { name: /^Show \d+ more terms?$/ }).click();
    expect(await page.locator('main .search-group:has(#search-group-term) li:visible').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('shows the excerpt of a term found by its text, not by its name: it says why it is listed (reader QA: Data Security Law under "data trading")', async () => {
    const { page, errors } = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(url(`${s.searchPath}?q=${encodeURIComponent('"data trading"')}`));
    const terms = page.locator('main .search-group:has(#search-group-term) li');
    await terms.first().waitFor();
    const byName = terms.filter({ has: page.getByRole('link', { name: 'Data trading', exact: true }) });
    expect(await byName.locator('.search-hit-excerpt').isVisible()).toBe(false);
    const byText = terms.filter({ has: page.getByRole('link', { name: 'Data Security Law', exact: true }) });
    // Terms naming the phrase (trading venues, on- and off-exchange trading) may fold it under "Show N more terms".
    if (!(await byText.isVisible())) await page.getByRole('button', { name: /^Show \d+ more terms?$/ }).click();
    expect(await byText.locator('.search-hit-excerpt').isVisible()).toBe(true);
    expect(await byText.locator('.search-hit-excerpt mark').allTextContents()).toEqual([expect.stringMatching(/^data.trading$/i)]);
    expect(errors).toEqual([]);
  });
});
