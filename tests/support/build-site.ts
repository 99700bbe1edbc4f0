/**
 * Runs the site's production build from a test, as `npm run build` does, with the variables that
 * choose where it goes and what it is built for.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** The origin (SITE_URL) the test builds are made for. */
export const SITE_ORIGIN = 'https://example.github.io';
/** The base path the test builds are made for: a GitHub Pages project site, so every link must carry it. */
export const SITE_BASE = '/policy-reader/';
const root = path.resolve(import.meta.dirname, '../..');

/** Builds the site (pages and search index) with `env` on top of this process's environment, as `npm run build` does. */
export async function buildSite(env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Vitest exports Vite's own variables (BASE_URL=/ …); inherited, they would override the build's base.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete buildEnv[name];
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const [command, ...args] = [...npm, 'run', 'build'];
  return await promisify(execFile)(command, args, { cwd: root, env: buildEnv, maxBuffer: 64 * 1024 * 1024 });
}
