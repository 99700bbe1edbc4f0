/**
 * E2E setup: checks that a Chromium is there (fails at once with a one-line hint otherwise, never
 * passes silently), builds the site once under /policy-reader/ from content/ with the articles of
 * e2e/fixtures/ added, serves it, and hands the tests the site's URL, its folder and the browser's path.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, findChromium, NO_BROWSER_HINT, serveSite } from './site.ts';

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    // One line and a failing exit code, not a stack trace: the fix is an install, not a code change.
    console.error(NO_BROWSER_HINT);
    process.exit(1);
  }
  const siteDir = await buildSite(path.join(import.meta.dirname, 'fixtures', 'articles'));
  const site = await serveSite(siteDir);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', siteDir);
  project.provide('chromiumPath', chromium);
  return async () => {
    await site.close();
    rmSync(siteDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
  }
}
