/**
 * Says in the build log how large the built site is, and warns as it nears what GitHub Pages
 * publishes: "Published GitHub Pages sites may be no larger than 1 GB" (GitHub's "GitHub Pages
 * limits"). The 10,000-article benchmark built 884 MB, so a growing corpus meets it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** 1 GB read as 10⁹ bytes, the smaller reading, so the warning never comes late. */
export const PAGES_SITE_LIMIT = 1e9;
/** From here on the log warns: a few hundred more articles could reach the limit. */
const WARN_FROM = 0.8;

export async function siteSize(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** The log line for a site of `bytes`: a warning, with what to do, from 80 % of the Pages limit. */
export function siteSizeNotice(files: number, bytes: number): { level: 'info' | 'warn'; message: string } {
  const size = `site: ${files.toLocaleString('en')} files, ${megabytes(bytes)}`;
  const share = bytes / PAGES_SITE_LIMIT;
  if (share < WARN_FROM) return { level: 'info', message: size };
  const where = share >= 1 ? 'over' : `${Math.round(share * 100)} % of`;
  return {
    level: 'warn',
    message: `${size}: ${where} the 1 GB GitHub Pages publishes (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits). ` +
      'Above it the deployment fails: serve dist/ from another static host, or split the corpus into more than one site.',
  };
}

export function siteSizeCheck(): AstroIntegration {
  return {
    name: 'policy-reader:site-size',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes } = await siteSize(fileURLToPath(dir));
        const { level, message } = siteSizeNotice(files, bytes);
        logger[level](message);
      },
    },
  };
}
