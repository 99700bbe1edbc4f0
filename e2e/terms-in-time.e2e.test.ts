/** The timeline's category filter and the phone views of the timeline and graph pages, in Chromium. */
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

describe.each(['glossary/timeline/', 'glossary/graph/'])('%s on a phone', (path) => {
  it('hides the picture and keeps the text view, which fits the screen', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await page.goto(url(path));
    expect(await page.locator('.chart-figure').isVisible()).toBe(false);
    expect(await page.locator(':is(.timeline-list, .graph-list) a[href]').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
