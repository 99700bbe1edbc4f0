/**
 * `npm run measure:transfer`: what an article page costs a reader. Builds the site under
 * /policy-reader/ (or uses SITE_DIR), serves it with gzip, loads each article page in the system
 * Chromium and prints the bytes transferred over the network (headers included, as DevTools counts
 * them), split into HTML, CSS and JS, plus the size of the JS inlined in the HTML.
 */

import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite, findChromium, NO_BROWSER_HINT, serveSite } from './site.ts';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_HINT);
  process.exit(1);
}
const siteDir = process.env.SITE_DIR ?? (await buildSite());
const site = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath });
const slugs = readdirSync(path.join(siteDir, 'articles')).sort();

type Kind = 'HTML' | 'CSS' | 'JS' | 'other';
const kindOf: Record<string, Kind> = { Document: 'HTML', Stylesheet: 'CSS', Script: 'JS' };

console.log('article page'.padEnd(52), 'HTML B'.padStart(8), 'CSS B'.padStart(8), 'JS B'.padStart(8), 'JS files'.padStart(9), 'inline JS B'.padStart(12), 'other B'.padStart(8));
for (const slug of slugs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map<string, Kind>();
  const bytes: Record<Kind, number> = { HTML: 0, CSS: 0, JS: 0, other: 0 };
  let jsFiles = 0;
  cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, kindOf[event.type] ?? 'other'));
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId) ?? 'other';
    bytes[kind] += event.encodedDataLength;
    if (kind === 'JS') jsFiles++;
  });
  await page.goto(`${site.url}articles/${slug}/`, { waitUntil: 'networkidle' });
  const inlineJs = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
  );
  console.log(slug.padEnd(52), String(bytes.HTML).padStart(8), String(bytes.CSS).padStart(8), String(bytes.JS).padStart(8), String(jsFiles).padStart(9), String(inlineJs).padStart(12), String(bytes.other).padStart(8));
  await context.close();
}
console.log('(bytes over the wire, gzip, response headers included; "other" is the favicon)');
await browser.close();
await site.close();
if (!process.env.SITE_DIR) rmSync(siteDir, { recursive: true, force: true });
