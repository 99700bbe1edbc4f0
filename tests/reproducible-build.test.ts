/**
 * Two clean builds of the same tree give byte-identical sites: same files, same bytes, nothing
 * excluded. Each build gets its own output folder and Astro cache, and they run one after the
 * other because Astro writes `.astro/` in the project root.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, SITE_BASE, SITE_ORIGIN } from './support/build-site.ts';
import { folderFiles } from './support/folder-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cleanBuild(name: string): Promise<string> {
  const outDir = path.join(work, name, 'dist');
  await buildSite({
    BASE_PATH: SITE_BASE,
    SITE_URL: SITE_ORIGIN,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(work, name, 'astro-cache'),
    GENERATED_DIR: path.join(work, name, 'generated'),
    CONVERSION_CACHE_DIR: path.join(work, name, 'conversion-cache'),
  });
  return outDir;
}

describe('reproducible build', () => {
  it('gives byte-identical dist/ folders, Pagefind index included, for two clean builds', async () => {
    const first = folderFiles(await cleanBuild('first'), 'hash');
    const second = folderFiles(await cleanBuild('second'), 'hash');
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(second).toEqual(first);
  }, 300_000);
});
