/**
 * `npm run dev` with a content error: the browser shows it in Vite's error overlay over the page,
 * and the overlay goes once the file is fixed; a valid edit then shows on the page. Runs `astro dev` on a copy of small fixtures
 * (CONTENT_DIR), on its own port, and edits an article while a page is open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-dev-'));
const contentDir = path.join(work, 'content');
const article = path.join(contentDir, 'articles', '2021-tabs.txt');
let server: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  cpSync(path.join(root, 'tests/fixtures/hostile/good'), contentDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, GENERATED_DIR: path.join(work, 'generated'), CONVERSION_CACHE_DIR: path.join(work, 'cache'), ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), BASE_PATH: '/' };
  // Vitest's own variables: with VITEST set, astro dev serves no page (Cannot GET …).
  for (const name of Object.keys(env)) if (/^(VITEST|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(name)) delete env[name];
  // A port no other server on this machine holds (other test runs may be serving too).
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Ready when it prints its address.
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The address it serves at, as it prints it (another port if that one was taken after all).
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (address) {
        origin = address;
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}, 300_000);

afterAll(async () => {
  // The server and the conversion it may be running are stopped before their folder goes: one
  // still writing there made the removal fail (ENOTEMPTY). The whole group, as Ctrl-C stops it.
  if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
});

describe('a content error in dev', () => {
  it('shows in the browser, naming file, line and problem, and goes away when the file is fixed; then an edit shows', async () => {
    const { page } = await openPage();
    // The first request compiles the site and Vite may reload once for its dependencies: minutes on a busy machine.
    await page.goto(`${origin}/articles/2021-tabs/`, { timeout: 120_000 });
    const heading = await page.locator('h1').first().textContent({ timeout: 120_000 }).catch(async () => `no h1 at ${page.url()}: ${(await page.content()).slice(0, 400)}`);
    expect(heading).toContain('Tabs');
    const good = readFileSync(article, 'utf8');
    writeFileSync(article, good.replace(/^published: .*$/m, 'published: "03/04/2021"'));
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 60_000 });
    await expect(overlay.getByText(/2021-tabs\.txt:4: published: must be an ISO date/).first().isVisible()).resolves.toBe(true);
    writeFileSync(article, good);
    await overlay.waitFor({ state: 'detached', timeout: 60_000 });
    await expect(page.locator('h1').first().textContent({ timeout: 60_000 })).resolves.toContain('Tabs');
    // A valid edit reaches the page: the collections reload from what the new conversion wrote.
    writeFileSync(article, good.replace(/^title: Tabs$/m, 'title: Tabs, edited in dev'));
    await expect.poll(async () => (await page.reload(), await page.locator('h1').first().textContent()), { timeout: 60_000, interval: 1_000 }).toContain('edited in dev');
    writeFileSync(article, good);
  }, 300_000);
});
