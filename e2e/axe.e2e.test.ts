/** Accessibility: axe-core finds no violations on the main kinds of page, in light and in dark. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const PAGES = {
  home: '',
  article: 'articles/2022-digichina-informatization-plan-forum/',
  archive: 'archive/',
  'glossary index': 'glossary/',
  'term page': 'glossary/high-quality-development/',
  'term page with a lineage': 'glossary/14th-five-year-plan/',
  'glossary timeline': 'glossary/timeline/',
  'term graph': 'glossary/graph/',
  search: s.searchPath,
  about: 'about/',
  'not found': 'no/such/page/',
};

async function violationsOf(page: import('playwright-core').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return { passes: results.passes.length, violations: results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''}`) };
}

describe.each(['light', 'dark'] as const)('axe, %s', (colorScheme) => {
  it.each(Object.entries(PAGES))('%s has no violations', async (_, path) => {
    const { page } = await openPage({ colorScheme });
    await page.goto(url(path), { waitUntil: 'load' });
    const { passes, violations } = await violationsOf(page);
    console.log(`axe ${colorScheme} ${path || '/'}: ${passes} rules passed, ${violations.length} violations`);
    expect(violations).toEqual([]);
  });

  it.each([1440, 375])('an article with a term card open at %i px has no violations', async (width) => {
    const { page } = await openPage({ colorScheme, viewport: { width, height: 800 }, hasTouch: width < 600 });
    await page.goto(url(PAGES.article), { waitUntil: 'load' });
    const link = page.locator('.term-link').first();
    await link.focus();
    await page.locator('.term-card:not([hidden])').waitFor({ state: 'visible' });
    const { violations } = await violationsOf(page);
    expect(violations).toEqual([]);
    // The term graph's hundreds of SVG elements take axe over a minute on a busy two-core machine.
  }, 180_000);
});
