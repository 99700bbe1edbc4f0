/** The pages of a built site, for tests that check every page. */
import { readdirSync } from 'node:fs';

/** Every HTML file of the site under `siteDir` except Pagefind's, as sorted paths relative to it. */
export function htmlPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}
