/**
 * Two clean builds of the same tree give byte-identical sites: same files, same bytes, nothing
 * excluded. Each build gets its own output folder and Astro cache, and they run one after the
 * other because Astro writes `.astro/` in the project root.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, SITE_ORIGIN } from './support/build-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cleanBuild(name: string): Promise<string> {
  const outDir = path.join(work, name, 'dist');
  await buildSite({
    BASE_PATH: '/policy-reader/',
    SITE_URL: SITE_ORIGIN,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(work, name, 'astro-cache'),
    GENERATED_DIR: path.join(work, name, 'generated'),
    CONVERSION_CACHE_DIR: path.join(work, name, 'conversion-cache'),
  });
  return outDir;
}

/** Every file of a site with the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}

describe('reproducible build', () => {
  it('gives byte-identical dist/ folders, Pagefind index included, for two clean builds', async () => {
    const first = fingerprint(await cleanBuild('first'));
    const second = fingerprint(await cleanBuild('second'));
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(second).toEqual(first);
  }, 300_000);
});
