/**
 * Builds the real site once per test run, exactly as `npm run build` does, under the non-root base
 * path GitHub Pages uses, into a temporary folder. Test files read it with `inject('siteDir')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, SITE_BASE, SITE_ORIGIN } from './support/build-site.ts';

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'policy-reader-site-'));
  await buildSite({ BASE_PATH: SITE_BASE, SITE_URL: SITE_ORIGIN, OUT_DIR: outDir });
  project.provide('siteDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
