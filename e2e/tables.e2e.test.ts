/**
 * Terms in tables (e2e/fixtures/articles/2016-fixture-term-tables.md, and term pages' renderings):
 * a term's hanzi and a hyphenated rendering stay whole where they fit without the table scrolling
 * sideways, and arriving at a cell shows it tinted under its table's column heads.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';

const TABLES = 'articles/2016-fixture-term-tables/';
/** A term's name in the fixture's three-column table, longer than a phone's column. */
const LONG_NAME = '互联网信息服务算法推荐管理规定';
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 414, height: 896 },
  { width: 375, height: 667 },
  { width: 320, height: 640 },
];
const phone = (width: number) => (width < 600 ? { isMobile: true, hasTouch: true } : {});

/** How many lines the text of `selector`'s first match takes, by the tops of its line boxes. */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

/** Pixels the page, and each table's own scroller, would scroll sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - innerWidth,
    tables: [...document.querySelectorAll('.prose table, .renderings [role="region"]')].map((table) => table.scrollWidth - table.clientWidth),
  }));

describe('terms in table cells', () => {
  it.each(SCREENS)('keeps a term’s hanzi whole in a narrow column where it fits, no table scrolling sideways, at $width px (reader QA: "(网络强 / 国)")', async (viewport) => {
    const { page, errors } = await openPage({ viewport, ...phone(viewport.width) });
    await page.goto(url(TABLES));
    expect(await linesOf(page, '.prose td [lang="zh-CN"]:text-is("网络强国")')).toBe(1);
    // Short words stay whole even in three columns on a 320 px phone (they broke as "算法推 / 荐" there).
    for (const word of ['算法推荐', '共同富裕', '网信办']) expect(await linesOf(page, `.prose td [lang="zh-CN"]:text-is("${word}")`), word).toBe(1);
    // A regulation's 15-character name kept whole made a phone's table scroll 131 px: there it wraps
    // in its column (Chinese type breaks between any two characters); on a laptop it stays whole.
    const longName = await linesOf(page, `.prose td [lang="zh-CN"]:text-is("${LONG_NAME}")`);
    if (viewport.width >= 1280) expect(longName).toBe(1);
    else expect(longName).toBeGreaterThan(1);
    // Three columns of long English words ("recommendation", "Regulation") scrolled 52 px at 320 px in
    // DejaVu Serif: a phone's narrow table sets them smaller and closer, every word whole.
    expect(await overflow(page)).toEqual({ page: 0, tables: [0, 0, 0] });
    expect(errors).toEqual([]);
  });

  it.each(SCREENS)('keeps a hyphenated rendering on one line at $width px (reader QA: "world- / class")', async (viewport) => {
    const { page, errors } = await openPage({ viewport, ...phone(viewport.width) });
    await page.goto(url('glossary/world-class/'));
    expect(await linesOf(page, '.renderings tbody th')).toBe(1);
    expect(await overflow(page)).toEqual({ page: 0, tables: [0] });
    expect(errors).toEqual([]);
  });
});

/** The colour a paragraph reached by its link is tinted with (global.css, `--accent-soft`). */
const paragraphTint = (page: Page) =>
  page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.background = 'var(--accent-soft)';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });

describe('arriving at a table cell', () => {
  /** The anchor of the cell that holds `hanzi` in the table with column heads. */
  async function cellAnchor(page: Page, hanzi: string) {
    await page.goto(url(TABLES));
    return (await page.locator(`.prose td:has([lang="zh-CN"]:text-is("${hanzi}")) > span[id^="p-"]`).getAttribute('id'))!;
  }

  it.each([
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ])('tints the cell like a paragraph and shows its table’s column heads above it at $width px, from a search result or a quote (reader QA: 网信办)', async (viewport) => {
    const { page, errors } = await openPage({ viewport, ...phone(viewport.width) });
    const anchor = await cellAnchor(page, '网信办');
    for (const query of ['?q=%E7%BD%91%E4%BF%A1%E5%8A%9E', '']) {
      await page.goto('about:blank');
      await page.goto(url(`${TABLES}${query}#${anchor}`));
      await page.waitForLoadState('load');
      const heads = (await page.locator(`table:has(#${anchor}) thead`).boundingBox())!;
      const row = (await page.locator(`tr:has(#${anchor})`).boundingBox())!;
      expect(heads.y, query).toBeGreaterThanOrEqual(0);
      expect(row.y + row.height, query).toBeLessThanOrEqual(viewport.height);
      const cell = page.locator(`td:has(> #${anchor})`);
      await expect.poll(() => cell.evaluate((td) => getComputedStyle(td).backgroundColor), { message: query }).toBe(await paragraphTint(page));
    }
    expect(errors).toEqual([]);
  });
});
