/** Accessibility: axe-core finds no violations on the main kinds of page, in light and in dark. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const PAGES = {
  home: '',
  article: 'articles/2022-digichina-informatization-plan-forum/',
  'glossary index': 'glossary/',
  'term page': 'glossary/high-quality-development/',
  'term page with a lineage': 'glossary/14th-five-year-plan/',
  'glossary timeline': 'glossary/timeline/',
  'term graph': 'glossary/graph/',
  search: s.searchPath,
  about: 'about/',
};

describe.each(['light', 'dark'] as const)('axe, %s', (colorScheme) => {
  it.each(Object.entries(PAGES))('%s has no violations', async (_, path) => {
    const { page } = await openPage({ colorScheme });
    await page.goto(url(path), { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
    console.log(`axe ${colorScheme} ${path || '/'}: ${results.passes.length} rules passed, ${results.violations.length} violations`);
    expect(violations).toEqual([]);
    // The term graph's hundreds of SVG elements take axe over a minute on a busy two-core machine.
  }, 180_000);
});
