/**
 * The search UI as a keyboard user meets it (owned by the search feature, issue 4): the header box
 * opened with "/" and Ctrl-K, results reached and walked with the arrow keys, the URL kept in
 * step, filters, and no search code on article pages until search is opened.
 */
import { describe, expect, it } from 'vitest';
import { SITE_BASE } from '../tests/support/build-site.ts';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const article = 'articles/2022-digichina-informatization-plan-forum/';
const resultTitles = (page: import('playwright-core').Page) => page.locator(s.searchResultLink).allTextContents();

describe('search UI', () => {
  it('loads no search code on an article page; "/" opens the header box, Enter shows the results', async () => {
    const { page, errors } = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(url(article), { waitUntil: 'load' });
    expect(requested.filter((address) => address.includes('/pagefind/'))).toEqual([]);

    await page.locator('body').press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
    await page.keyboard.type('gaozhiliang fazhan');
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => address.pathname === `${SITE_BASE}search/` && address.search === '?q=gaozhiliang+fazhan');
    await page.locator(s.searchResultLink).first().waitFor();
    expect((await resultTitles(page))[0]).toBe('High-quality development');
    expect(await page.locator('[role=status]').textContent()).toMatch(/results? for “gaozhiliang fazhan”/);
    // The typing goes on in the page's own box: ↓ reaches the first result, as the hint says.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('High-quality development');
    expect(errors).toEqual([]);
  });

  it('lets the reader turn "/" off in Settings (a one-key shortcut, WCAG 2.1.4): it then moves no focus and is not advertised; Ctrl-K still works', async () => {
    const { page, errors } = await openPage();
    await page.goto(url(article));
    const box = page.locator('#site-search-q');
    await expect(box.getAttribute('placeholder')).resolves.toBe('Search (press /)');
    await page.locator('.reader-settings summary').click();
    await page.getByRole('group', { name: 'Press “/” to search' }).getByLabel('Off').check();
    await page.keyboard.press('Escape');
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await page.locator('body').press('/');
      expect(await focusedName(), `reloaded: ${reload}`).not.toBe('q');
      await expect(box.getAttribute('placeholder')).resolves.toBe('Search');
      await expect(box.getAttribute('aria-keyshortcuts')).resolves.toBe('Control+K Meta+K');
    }
    await page.keyboard.press('Control+k');
    expect(await focusedName()).toBe('q');
    expect(errors).toEqual([]);
  });

  it('walks the results with the arrow keys and returns to the box', async () => {
    const { page } = await openPage();
    await page.goto(url(`${s.searchPath}?q=${encodeURIComponent('质量发展')}`));
    await page.locator(s.searchResultLink).nth(1).waitFor();
    const box = page.locator(s.searchInput);
    await box.focus();
    await box.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('High-quality development');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe((await resultTitles(page))[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
  });

  it('reaches the results with ↓ right after typing, as the hint says (the box losing focus redraws nothing)', async () => {
    const { page } = await openPage();
    await page.goto(url(s.searchPath));
    await page.locator(s.searchInput).pressSequentially('gaozhiliang');
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('for “gaozhiliang”'));
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('High-quality development');
  });

  it('continues at the first new result after "Show more results", terms unfolded staying unfolded', async () => {
    const { page } = await openPage();
    await page.goto(url(`${s.searchPath}?q=data`));
    const unfold = page.locator('.search-unfold');
    await unfold.click();
    const shown = await page.locator(`${s.searchResultLink}:visible`).allTextContents();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((count) => document.querySelectorAll('a.search-hit-title').length > count, shown.length);
    expect(await page.locator('.search-unfold').count()).toBe(0);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await page.evaluate(() => document.activeElement?.matches('a.search-hit-title'))).toBe(true);
    expect(shown).not.toContain(focused);
  });

  it('shows something new on every press of "Show more results", the folded terms once the articles have run out', async () => {
    const { page } = await openPage();
    for (const query of ['data', 'digital']) {
      await page.goto(url(`${s.searchPath}?q=${query}`));
      const more = page.locator('[data-search-more]');
      await page.locator(s.searchResultLink).first().waitFor();
      for (let press = 0; press < 6 && (await more.isVisible()); press++) {
        const visible = await page.locator(`${s.searchResultLink}:visible`).count();
        const total = await page.locator('a.search-hit-title').count();
        await more.click();
        await page.waitForFunction(([v, t]) => document.querySelectorAll('a.search-hit-title').length > t || document.querySelector('[data-search-more]')?.hasAttribute('hidden') || [...document.querySelectorAll('a.search-hit-title')].filter((a) => !a.closest('[hidden]')).length > v, [visible, total]);
        const after = await page.locator(`${s.searchResultLink}:visible`).count();
        // A press may show nothing new only when nothing is left to show: no more results, no folded terms.
        const nothingLeft = !(await more.isVisible()) && (await page.locator('.search-unfold').count()) === 0;
        if (!nothingLeft) expect(after, `${query}, press ${press + 1}`).toBeGreaterThan(visible);
      }
    }
  });

  it('searches as one types, keeps the query and filters in the URL, and Ctrl-K returns to the box', async () => {
    const { page } = await openPage();
    await page.goto(url(s.searchPath));
    await page.locator(s.searchInput).fill('data');
    await page.getByText('Filters and order').click();
    await page.getByLabel('Articles', { exact: true }).check();
    await page.waitForURL(/\?q=data&type=article$/);
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('for “data”'));
    // The unfiltered results of "data" can still be on screen when the URL has changed.
    await expect.poll(() => page.locator('main .search-group-heading').allTextContents(), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Articles \(\d+\+?\)$/)]);
    expect(await page.locator('main .search-hit-meta').count()).toBeGreaterThan(0);
    await page.locator(s.searchResultLink).first().focus();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
  });

  it('keeps a query whose results stood for a while in the history: Back returns to it', async () => {
    const { page } = await openPage();
    await page.goto(url(s.searchPath));
    const status = (query: string) => page.waitForFunction((wanted) => document.querySelector('[role=status]')?.textContent?.includes(`for “${wanted}”`), query);
    await page.locator(s.searchInput).fill('data');
    await status('data');
    await page.waitForTimeout(1_500);
    await page.locator(s.searchInput).fill('internet plus');
    await status('internet plus');
    await page.waitForURL(/\?q=internet\+plus$/);
    await page.goBack();
    await page.waitForURL(/\?q=data$/);
    await status('data');
    expect(await page.locator(s.searchInput).inputValue()).toBe('data');
  });

  it('quotes a query in hanzi as Chinese in its status line, and a pasted paragraph cut short', async () => {
    const { page } = await openPage();
    await page.goto(url(`${s.searchPath}?q=${encodeURIComponent('高质量发展')}`));
    await page.locator(s.searchResultLink).first().waitFor();
    await expect(page.locator('[role=status] [lang="zh-CN"]').textContent()).resolves.toBe('高质量发展');
    const pasted = 'the plan sets out how the ministries will share data '.repeat(20).trim();
    await page.goto(url(`${s.searchPath}?q=${encodeURIComponent(pasted)}`));
    await page.waitForFunction(() => /“.+”/u.test(document.querySelector('[role=status]')?.textContent ?? ''));
    const status = (await page.locator('[role=status]').textContent())!;
    expect(status.length).toBeLessThan(140);
    expect(status).toContain('“the plan sets out how the ministries');
  });

  it('says what was searched: a corrected phrase stays a phrase, a quoted single word is searched as written (reader QA)', async () => {
    const { page } = await openPage();
    const status = async (query: string) => {
      await page.goto(url(`${s.searchPath}?q=${encodeURIComponent(query)}`));
      await page.waitForFunction(() => /\.$/.test(document.querySelector('[role=status]')?.textContent ?? ''));
      return page.locator('[role=status]').textContent();
    };
    expect(await status('"digital econmy"')).toMatch(/^No results for the phrase “digital econmy”; \d+\+? results? for the phrase “digital economy”( among the best matches)?\.$/);
    expect(await status('"data" security')).toMatch(/ for “"data" security”, the quoted word as written\.$/);
    expect(await status('"data"')).toMatch(/ for the word “data” as written\.$/);
  });

  it('offers the parts of a query of hanzi and English words that found few pages, each a search of its own', async () => {
    const { page } = await openPage();
    await page.goto(url(`${s.searchPath}?q=${encodeURIComponent('rural 网络安全法')}`));
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Every word must match'));
    const parts = page.locator('[role=status] a');
    expect(await parts.allTextContents()).toEqual(['“rural”', '“网络安全法”']);
    await parts.nth(1).click();
    await page.locator(s.searchResultLink).first().waitFor();
    expect(await page.locator(s.searchInput).inputValue()).toBe('网络安全法');
    expect(await page.locator('[role=status]').textContent()).not.toContain('Every word must match');
  });

  it('says without JavaScript that search needs it and links to the glossary index', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url(s.searchPath));
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator(s.searchInput).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'glossary index' }).getAttribute('href')).toBe(`${SITE_BASE}glossary/`);
  });
});
