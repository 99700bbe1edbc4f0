/** Search in the browser: the search page finds articles and terms by English words and by hanzi. */
import { describe, expect, it } from 'vitest';
import { SITE_BASE } from '../tests/support/build-site.ts';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

async function search(query: string) {
  const tracked = await openPage();
  await tracked.page.goto(url(s.searchPath));
  await tracked.page.locator(s.searchInput).first().fill(query);
  await tracked.page.locator(s.searchResultLink).first().waitFor({ timeout: 15_000 });
  const links = await tracked.page.locator(s.searchResultLink).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { ...tracked, links };
}

describe('search', () => {
  it('returns the articles and term pages for an English query, as links under the base', async () => {
    const { links, errors } = await search('informatization');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith(SITE_BASE))).toBe(true);
    expect(links).toContain(`${SITE_BASE}articles/2022-digichina-informatization-plan-forum/`);
    expect(errors).toEqual([]);
  });

  it('finds a term by its hanzi, its page first, and marks the hanzi in titles and excerpts as Chinese', async () => {
    const { links, page } = await search('高质量发展');
    expect(links[0]).toBe(`${SITE_BASE}glossary/high-quality-development/`);
    // Every run of hanzi in a result's title or excerpt sits in an element of lang zh-CN.
    const unmarked = await page.locator('.search-hit-title, .search-hit-excerpt').evaluateAll((nodes) =>
      nodes.flatMap((node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let text = walker.nextNode(); text; text = walker.nextNode()) if (/\p{Script=Han}/u.test(text.textContent ?? '') && !text.parentElement?.closest('[lang="zh-CN"]')) found.push(text.textContent!);
        return found;
      }),
    );
    expect(await page.locator('.search-hit-excerpt [lang="zh-CN"]').count()).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });
});
