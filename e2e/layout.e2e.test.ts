/** Layout a reader notices: usable at 320 px wide without sideways scrolling, and a clean printout. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../core/paths.ts';
import { glossaryId } from '../pipeline/read/glossary.ts';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
/** Every term of the glossary the site was built from (an editor's copy under test:editor). */
const termIds = readdirSync(join(contentPaths(process.cwd()).contentDir, 'glossary')).filter((name) => /\.ya?ml$/u.test(name)).map(glossaryId).sort();

describe('layout', () => {
  it.each(['', ARTICLE, 'glossary/', 'glossary/high-quality-development/', s.searchPath, 'about/'])('page /%s fits a 320 px screen without sideways scrolling', async (path) => {
    const { page } = await openPage({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(url(path));
    const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: innerWidth }));
    expect(width).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it('has the glossary\'s terms to check', () => expect(termIds.length).toBeGreaterThan(20));

  // One test per term page, so that a longer glossary adds tests rather than time to one of them.
  it.each(termIds)('fits the table of renderings of /glossary/%s/ into a 375 px phone, long titles in hanzi and slashed words wrapped, no rendering broken mid-word', async (id) => {
    const { page } = await openPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await page.goto(url(`glossary/${id}/`));
    const over = await page.locator('.renderings [role="region"]').evaluateAll((regions) => regions.map((region) => region.scrollWidth - region.clientWidth));
    expect(over.filter((px) => px > 0)).toEqual([]);
    // A word of a rendering whose range takes two boxes was split across lines ("Cybersecur / ity").
    // Domains and slashed words ("datacompliancechina.com", "professional/specialized") may wrap.
    const broken = await page.locator('.renderings tbody :is(th, td)').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const split: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/(?<![\w./@])[A-Za-z]{4,}(?![\w./@])/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (range.getClientRects().length > 1) split.push(word[0]);
          }
        }
        return split;
      }),
    );
    expect(broken).toEqual([]);
  });

  it('keeps the header on one row on a 1280 px laptop screen', async () => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url(ARTICLE));
    // Site name, navigation and tools: their vertical centres line up when they share a row.
    const middles = await page.locator('.site-header > *').evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect()).map((box) => box.top + box.height / 2));
    expect(middles.length).toBe(3);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
  });

  it('starts the prose on the first screen of a 375 px phone, under a compact header', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    for (const path of [ARTICLE, 'articles/2016-merics-13th-five-year-plan-digital/']) {
      await page.goto(url(path));
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(90);
      const firstLine = await page.locator('.prose p').first().evaluate((p) => p.getClientRects()[0].top);
      expect(firstLine, path).toBeLessThan(667 - 30);
    }
  });

  it('never breaks a Chinese word across lines', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 667 }, isMobile: true });
    await page.goto(url(ARTICLE));
    const breaks = await page.locator('.prose [lang="zh-CN"]').evaluateAll((spans) =>
      spans.filter((span) => getComputedStyle(span).wordBreak !== 'keep-all').length,
    );
    expect(breaks).toBe(0);
  });

  it('prints an article as text at a readable measure: no header or cards, callouts plain, terms listed at the end, a linked paragraph untinted', async () => {
    const { page } = await openPage();
    // Reached by a paragraph's link (a term page, a search result), as a reader may print it.
    await page.goto(url(ARTICLE));
    const anchor = await page.locator('.prose p > span[id^="p-"]').nth(2).getAttribute('id');
    await page.goto(url(`${ARTICLE}#${anchor}`));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => getComputedStyle(document.querySelector(selector)!).display !== 'none';
      const link = document.querySelector('.term-link')!;
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
      probe.style.whiteSpace = 'nowrap';
      probe.style.display = 'inline-block';
      document.querySelector('.prose p')!.append(probe);
      const charWidth = probe.getBoundingClientRect().width / 104;
      probe.remove();
      const last = document.querySelector('article')!.lastElementChild!;
      return {
        header: shown('.site-header'),
        card: shown('.term-card'),
        linkLooksLikeText: getComputedStyle(link).textDecorationLine === 'none' && getComputedStyle(link).color === getComputedStyle(link.closest('p')!).color,
        lastSection: last.className,
        termsOpen: (last as HTMLDetailsElement).open,
        lastItem: last.querySelector('li')?.textContent,
        charsPerLine: document.querySelector('.prose')!.getBoundingClientRect().width / charWidth,
        targetTint: getComputedStyle(document.querySelector(':target')!.parentElement!).backgroundColor,
      };
    });
    expect(printed).toMatchObject({ header: false, card: false, linkLooksLikeText: true, lastSection: 'terms-in-article', termsOpen: true, targetTint: 'rgba(0, 0, 0, 0)' });
    expect(printed.lastItem).toMatch(/^\S.* \p{Script=Han}+ .+/u);
    expect(printed.charsPerLine).toBeGreaterThan(55);
    expect(printed.charsPerLine).toBeLessThan(85);
  });
});
