/** One headless system Chromium per test file, and pages that record console errors and failed requests, closed after each test. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, inject } from 'vitest';

const siteUrl = inject('siteUrl');
/** Absolute URL of a path under the site's base: `url('glossary/')`. */
export const url = (relative = '') => new URL(relative, siteUrl).href;

let browser: Promise<Browser> | undefined;
function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: inject('chromiumPath'), headless: true });
  return browser;
}
afterAll(async () => {
  await (await browser)?.close();
});

/** The contexts the running test opened: closed after it, whether it passed or failed. */
const contexts = new Set<BrowserContext>();
afterEach(async () => {
  await Promise.all([...contexts].map((context) => context.close()));
  contexts.clear();
});

export interface TrackedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed (or 4xx/5xx) requests seen by the page. */
  errors: string[];
}

export async function openPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1024, height: 768 }, ...options });
  contexts.add(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the page navigated on before a request (the favicon, say) finished; not an error.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') errors.push(`failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, errors };
}
