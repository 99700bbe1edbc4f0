/**
 * Every page of the built site loads in the browser without console errors, exceptions or failed
 * requests; a term page's quotes lead to their paragraphs.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../tests/support/site-pages.ts';
import { openPage, url } from './browser.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

describe('every page', () => {
  it('loads without console errors (all pages, crawled in one tab)', async () => {
    expect(pages.length).toBeGreaterThan(90);
    const { page, errors } = await openPage();
    const seen: string[] = [];
    for (const path of pages) {
      const before = errors.length;
      const response = await page.goto(url(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      seen.push(...errors.slice(before).map((error) => `${path || '/'}: ${error}`));
    }
    expect(seen).toEqual([]);
  }, 240_000);

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await openPage();
    const response = await page.goto(url('no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  });
});

describe('term page quotes', () => {
  it("lead to their paragraph, highlighted and clear of the window's top edge", async () => {
    const { page } = await openPage({ colorScheme: 'dark' });
    await page.goto(url('glossary/high-quality-development/'));
    const quote = page.locator('.kwic a.kwic-keyword').first();
    // The term is highlighted in the page's colours, not the browser's default yellow.
    const markColour = await quote.locator('mark').first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(markColour).not.toBe('rgb(255, 255, 0)');
    const href = (await quote.getAttribute('href'))!;
    await Promise.all([page.waitForURL(new URL(href, page.url()).href), quote.click()]);
    const paragraphs = await page.locator('.prose :is(p, li)').evaluateAll((elements) =>
      elements.map((el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top, background: getComputedStyle(el).backgroundColor })),
    );
    const highlighted = paragraphs.filter((p) => p.background !== 'rgba(0, 0, 0, 0)');
    expect(highlighted.map((p) => p.text)).toEqual([expect.stringContaining('high-quality development')]);
    expect(highlighted[0].top).toBeGreaterThanOrEqual(16);
  });

  // The forum's line "requires “high-quality development” (高质量发展), a new buzzword" showed a space
  // inside the quotation marks and before the comma: the layout's own gap, not the sentence's.
  it.each([1280, 375])('read as the article does at %i px: no gap where the sentence has no space, a space where it has one', async (width) => {
    const { page } = await openPage({ viewport: { width, height: 800 } });
    const sides = [];
    for (const term of ['high-quality-development', 'internet-plus']) {
      await page.goto(url(`glossary/${term}/`));
      sides.push(...(await page.locator('.kwic li').evaluateAll(measureSides)));
    }
    const onLine = sides.filter((side) => side.sameLine);
    // The pages have both kinds: punctuation against the mention, and words a space away.
    expect(onLine.some((side) => !side.spaced && side.side === 'after' && side.char === ',')).toBe(true);
    expect(onLine.some((side) => !side.spaced && side.side === 'before' && side.char === '“')).toBe(true);
    expect(onLine.some((side) => side.spaced)).toBe(true);
    expect(onLine.filter((side) => !side.spaced && Math.abs(side.gap) > 0.5)).toEqual([]);
    expect(onLine.filter((side) => side.spaced && side.gap < 2)).toEqual([]);
  });

  // A line joining forms of one sentence ('"common prosperity" 共同富裕', e2e/fixtures/articles/) set
  // the whole stretch from the first form to the last in bold link colour, the quotation mark included.
  it.each(['light', 'dark'] as const)('mark only the forms on a line that joins several, the words between as the sentence around them (%s)', async (colorScheme) => {
    const { page } = await openPage({ colorScheme });
    await page.goto(url('glossary/common-prosperity/'));
    const parts = await page.locator('.kwic li:has(mark ~ mark)').evaluateAll((items) =>
      items.flatMap((li) => {
        const context = getComputedStyle(li.querySelector('.kwic-after')!);
        const walker = document.createTreeWalker(li.querySelector('.kwic-keyword')!, NodeFilter.SHOW_TEXT);
        const texts: { text: string; marked: boolean; bold: boolean; colour: boolean }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const style = getComputedStyle(node.parentElement!);
          if (node.textContent!.trim()) texts.push({ text: node.textContent!, marked: !!node.parentElement!.closest('mark'), bold: Number(style.fontWeight) >= 600, colour: style.color === context.color });
        }
        return texts;
      }),
    );
    expect(parts.filter((part) => part.marked).length).toBeGreaterThan(1);
    expect(parts.filter((part) => part.marked !== part.bold)).toEqual([]);
    expect(parts.filter((part) => !part.marked && !part.colour)).toEqual([]);
  });

  // A name of 70 characters took the whole width of the centre column: the words either side were gone.
  it('leave a long mention its context either side at 1280 px, read in order', async () => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    const halves = [];
    const sides = [];
    for (const term of ['general-administration-of-quality-supervision-inspection-and-quarantine', 'clarify-the-relationship-between-government-and-markets']) {
      await page.goto(url(`glossary/${term}/`));
      sides.push(...(await page.locator('.kwic li').evaluateAll(measureSides)));
      halves.push(
        ...(await page.locator('.kwic :is(.kwic-before, .kwic-after)').evaluateAll((elements) =>
          // The width a half has, against what its text needs, up to 60 px (inline halves report no scroll width).
          elements.filter((half) => (half.textContent ?? '').trim() !== '').map((half) => ({ text: half.textContent, width: half.getBoundingClientRect().width, needs: Math.min(60, half.scrollWidth - 1) })),
        )),
      );
    }
    expect(halves.length).toBeGreaterThan(0);
    expect(halves.filter((half) => half.width < half.needs)).toEqual([]);
    // and in reading order: a wrapped mention once had its after-words beside its first line.
    expect(sides.filter((side) => !side.inOrder)).toEqual([]);
  });
});

/**
 * For each concordance line, the character of each half nearest the mention that is not white space
 * (whether white space lies between, and the gap from the mention's box), when it stands on the
 * same line as the mention's nearest character. Runs in the page.
 */
function measureSides(items: Element[]) {
  const nearest = (element: Element, fromEnd: boolean) => {
    const text = element.textContent ?? '';
    const at = fromEnd ? text.trimEnd().length - 1 : text.length - text.trimStart().length;
    if (at < 0 || at >= text.length) return undefined;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null, offset = 0; node; offset += node.data.length, node = walker.nextNode() as Text | null) {
      if (at >= offset + node.data.length) continue;
      const range = document.createRange();
      range.setStart(node, at - offset);
      range.setEnd(node, at - offset + 1);
      return { char: text[at], spaced: fromEnd ? at < text.length - 1 : at > 0, rect: range.getBoundingClientRect() };
    }
    return undefined;
  };
  const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
  return items.flatMap((li) => {
    const keyword = li.querySelector('.kwic-keyword')!;
    // The mention's box (its mark has padding of its own), first and last fragment when it wraps.
    const boxes = keyword.getClientRects();
    const [first, last] = [nearest(keyword, false)!.rect, nearest(keyword, true)!.rect];
    const before = nearest(li.querySelector('.kwic-before')!, true);
    const after = nearest(li.querySelector('.kwic-after')!, false);
    // Read in order: on the mention's line, on its side of it; else on a line above (before) or below (after) it.
    return [
      before && { side: 'before', char: before.char, spaced: before.spaced, sameLine: sameLine(before.rect, first), gap: boxes[0].left - before.rect.right, inOrder: sameLine(before.rect, first) ? before.rect.right <= first.left + 0.5 : before.rect.bottom <= first.top + 2 },
      after && { side: 'after', char: after.char, spaced: after.spaced, sameLine: sameLine(after.rect, last), gap: after.rect.left - boxes[boxes.length - 1].right, inOrder: sameLine(after.rect, last) ? after.rect.left >= last.right - 0.5 : after.rect.top >= last.bottom - 2 },
    ].filter((side) => side !== undefined);
  });
}
