/**
 * `node e2e/screenshots.ts [outDir]`: screenshots of an article page (a card open) and a term
 * page at 1440 and 375 px, light and dark, from a build in SITE_DIR (or a new one), for a person
 * to look at before calling a visual change done.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite, findChromium, NO_BROWSER_HINT, serveSite } from './site.ts';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_HINT);
  process.exit(1);
}
const outDir = path.resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
const siteDir = process.env.SITE_DIR ?? (await buildSite());
const site = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] });
const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
const shots = [
  { name: 'article', path: ARTICLE, term: 'high-quality-development' },
  { name: 'term', path: 'glossary/high-quality-development/' },
  { name: 'archive', path: 'archive/' },
];
for (const width of [1440, 375]) {
  for (const theme of ['light', 'dark'] as const) {
    const phone = width < 600;
    const context = await browser.newContext({ viewport: { width, height: phone ? 740 : 900 }, colorScheme: theme, hasTouch: phone, isMobile: phone });
    const page = await context.newPage();
    for (const shot of shots) {
      await page.goto(site.url + shot.path);
      await page.screenshot({ path: path.join(outDir, `${shot.name}-top-${width}-${theme}.png`) });
      if (shot.term) {
        const link = page.locator(`.term-link[data-term="${shot.term}"]`).first();
        await link.scrollIntoViewIfNeeded();
        await link.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.4));
        if (phone) await link.tap();
        else await link.hover();
        await page.locator(`#card-${shot.term}`).waitFor({ state: 'visible' });
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(outDir, `${shot.name}-card-${width}-${theme}.png`) });
      }
    }
    await context.close();
  }
}
await browser.close();
await site.close();
if (!process.env.SITE_DIR) rmSync(siteDir, { recursive: true, force: true });
console.log(`screenshots in ${outDir}`);
