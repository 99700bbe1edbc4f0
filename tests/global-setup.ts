/**
 * Builds the real site once per test run, exactly as `npm run build` does, under the non-root base
 * path GitHub Pages uses, into a temporary folder. Test files read it with `inject('siteDir')`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

export const SITE_BASE = '/policy-reader/';
const root = path.resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'policy-reader-site-'));
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: SITE_BASE, SITE_URL: 'https://example.github.io', OUT_DIR: outDir };
  // Vitest exports Vite's own variables (BASE_URL=/ …); inherited, they would override the build's base.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  await promisify(execFile)(npm[0], [...npm.slice(1), 'run', 'build'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  project.provide('siteDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
