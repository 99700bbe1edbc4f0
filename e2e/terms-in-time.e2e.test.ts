/** The timeline's category filter, the term graph's labels, and the phone views of the timeline and graph pages, in Chromium. */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';

describe('glossary timeline', () => {
  it('shows only the chosen category, its rows closed up, and all of them again on "All"', async () => {
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('glossary/timeline/'));
    const events = page.locator('.timeline-event');
    const total = await events.count();
    const law = page.locator('.timeline-event[data-category="law"]');
    const laws = await law.count();
    expect(laws).toBeGreaterThan(0);
    await page.getByLabel('Laws and standards').check();
    expect(await page.locator('.timeline-event:visible').count()).toBe(laws);
    expect(await page.locator('.timeline-list li:visible').count()).toBe(laws);
    // Rows closed up: the last law event sits in row `laws`, not where it was among all events.
    const row = Number(await page.locator('.timeline-chart').getAttribute('data-row'));
    const top = Number(await events.first().getAttribute('data-y'));
    expect(await law.last().getAttribute('transform')).toBe(`translate(0 ${top + (laws - 1) * row})`);
    await page.getByLabel('All', { exact: true }).check();
    expect(await page.locator('.timeline-event:visible').count()).toBe(total);
    expect(errors).toEqual([]);
  });
});

describe('glossary timeline by keyboard', () => {
  it('offers a skip past the chart\'s hundreds of event links to the list of events', async () => {
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('glossary/timeline/'));
    await page.getByLabel('All', { exact: true }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent, inList: !!document.activeElement?.closest('.timeline-list') }));
    await expect(focused()).resolves.toMatchObject({ text: 'Skip the chart to the list of events' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ inList: true });
    expect(errors).toEqual([]);
  });
});

describe('term graph', () => {
  it('draws no label over another or over another term\'s dot, and shows a crowded one on hover and focus, its name always there for screen readers', async () => {
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('glossary/graph/'));
    const overlapping = await page.evaluate(() => {
      type Box = { name: string | null; box: DOMRect };
      const apart = (a: DOMRect, b: DOMRect) => a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      const boxes: Box[] = [...document.querySelectorAll<SVGTextElement>('.graph-node:not(.crowded) text')].map((text) => ({ name: text.textContent, box: text.getBBox() }));
      // A label over another term's dot takes that dot's pointer.
      const dots: Box[] = [...document.querySelectorAll<SVGCircleElement>('.graph-node circle')].map((circle) => ({ name: circle.parentElement!.querySelector('text')!.textContent, box: circle.getBBox() }));
      const pairs: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) if (!apart(a.box, b.box)) pairs.push(`${a.name} / ${b.name}`);
        for (const dot of dots) if (dot.name !== a.name && !apart(a.box, dot.box)) pairs.push(`${a.name} / dot of ${dot.name}`);
      }
      return pairs;
    });
    expect(overlapping).toEqual([]);
    // The shipped glossary is too large for its picture to label every term.
    const crowded = page.locator('.graph-node.crowded').first();
    const label = crowded.locator('text');
    const name = await label.textContent();
    expect(await label.evaluate((text) => getComputedStyle(text).opacity)).toBe('0');
    expect(await page.locator('svg.term-graph').getByRole('link', { name: name!, exact: true }).count()).toBe(1);
    await crowded.locator('circle').hover();
    expect(await label.evaluate((text) => getComputedStyle(text).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await crowded.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await label.evaluate((text) => getComputedStyle(text).opacity)).toBe('1');
    expect(errors).toEqual([]);
  });
});

describe('term graph by keyboard', () => {
  it('shows a crowded node\'s name, once focused, clear of the labels drawn after it', async () => {
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('glossary/graph/'));
    const covered: string[] = [];
    for (const node of await page.locator('.graph-node.crowded').all()) {
      await node.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      // SVG paints in document order: a later node's label, fully drawn, lies over this one.
      covered.push(
        ...(await node.evaluate((el) => {
          const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          const label = el.querySelector('text')!.getBoundingClientRect();
          const later = [...document.querySelectorAll('.graph-node')].slice([...document.querySelectorAll('.graph-node')].indexOf(el) + 1);
          return later.filter((other) => !apart(label, other.querySelector('text')!.getBoundingClientRect()) && Number(getComputedStyle(other.querySelector('text')!).opacity) > 0.5).map((other) => `${el.textContent} under ${other.textContent}`);
        })),
      );
    }
    expect(covered).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.each(['glossary/timeline/', 'glossary/graph/'])('%s on a phone', (path) => {
  it('hides the picture and keeps the text view, which fits the screen', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await page.goto(url(path));
    expect(await page.locator('.chart-figure').isVisible()).toBe(false);
    // Nor does the text around it speak of a picture that is not there.
    expect(await page.locator('main').innerText()).not.toMatch(/point at or focus its node|Each node links/);
    expect(await page.locator(':is(.timeline-list, .graph-list) a[href]').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
