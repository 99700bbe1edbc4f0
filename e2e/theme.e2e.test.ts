/** Dark mode: follows the system, the header toggle switches it, and the choice survives a reload without a flash. */
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';
import { selectors as s } from './selectors.ts';

const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('dark mode', () => {
  it('follows the system by default', async () => {
    const { page } = await openPage({ colorScheme: 'dark' });
    await page.goto(url());
    const dark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).not.toBe(dark);
  });

  it('is toggled from the header and stays chosen across a reload, applied before first paint', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(url());
    const light = await background(page);
    const toggle = page.locator(s.themeToggle);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    // On the next page load the theme is set before the body is parsed: no light flash.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe(dark);
    await expect(page.locator(s.themeToggle).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.locator(s.themeToggle).click();
    await page.goto(url('glossary/'));
    expect(await background(page)).toBe(light);
    expect(errors).toEqual([]);
  });
});
