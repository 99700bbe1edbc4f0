/**
 * Builds the site once per test run, exactly as `npm run build` does, under the non-root base path
 * GitHub Pages uses, into a temporary folder. The content is a copy of content/ (or $CONTENT_DIR)
 * with tests/fixtures/site-extra/ added, so the tests always meet an article with hanzi in its
 * title and a term no article uses, whatever an editor has added or removed. Test files read the
 * site with `inject('siteDir')` and the content it was built from with `inject('contentDir')`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentPaths } from '../core/paths.ts';
import { buildSite, SITE_BASE, SITE_ORIGIN } from './support/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-site-'));
  const contentDir = path.join(work, 'content');
  cpSync(contentPaths(root).contentDir, contentDir, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/site-extra/articles'), path.join(contentDir, 'articles'), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/site-extra/glossary'), path.join(contentDir, 'glossary'), { recursive: true });
  const outDir = path.join(work, 'dist');
  await buildSite({
    BASE_PATH: SITE_BASE,
    SITE_URL: SITE_ORIGIN,
    OUT_DIR: outDir,
    CONTENT_DIR: contentDir,
    GENERATED_DIR: path.join(work, 'generated'),
    CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache'),
  });
  project.provide('siteDir', outDir);
  project.provide('contentDir', contentDir);
  return () => rmSync(work, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    contentDir: string;
  }
}
