/**
 * The ¶ permalink of a list item that holds a nested list. None of the articles the e2e build uses
 * nests a list, so the test adds one to an article's HTML on its way to the browser.
 */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';

const ARTICLE = 'articles/2015-the-diplomat-internet-plus-rural-economy/';

describe('¶ of a list item with a nested list', () => {
  it('ends the item’s own text, before the nested list, not alone under it (reader QA: Neican, Wikipedia)', async () => {
    const { page, errors } = await openPage({ viewport: { width: 390, height: 844 } });
    await page.route(url(ARTICLE), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      // The first list item with a paragraph anchor gets a sub-list before its end tag.
      const item = html.indexOf('<li><span id="p-');
      const end = html.indexOf('</li>', item);
      expect(item).toBeGreaterThan(0);
      await route.fulfill({ response, body: `${html.slice(0, end)}<ul><li>A nested point the test adds.</li></ul>${html.slice(end)}` });
    });
    await page.goto(url(ARTICLE));
    const item = page.locator('.prose li:has(> ul)').first();
    await item.locator(':scope > a.permalink').waitFor({ state: 'attached' });
    const placed = await item.evaluate((li) => {
      const link = li.querySelector(':scope > a.permalink')!;
      const nested = li.querySelector(':scope > ul')!;
      return { before: Boolean(link.compareDocumentPosition(nested) & Node.DOCUMENT_POSITION_FOLLOWING), above: link.getBoundingClientRect().bottom <= nested.getBoundingClientRect().top + 1 };
    });
    expect(placed).toEqual({ before: true, above: true });
    expect(errors).toEqual([]);
  });
});
