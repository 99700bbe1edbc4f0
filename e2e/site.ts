/**
 * The built site as a browser meets it: one production build under the GitHub Pages base path,
 * served by a small static server (gzip, 404 page) like a static host, and the system Chromium.
 * Used by the e2e global setup and by `npm run measure:transfer`.
 */
import { accessSync, constants, cpSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { contentPaths } from '../core/paths.ts';
import { buildSite as runBuild, SITE_BASE, SITE_ORIGIN } from '../tests/support/build-site.ts';

/** Path of the Chromium to drive: $CHROMIUM_PATH, else `chromium` (or `chromium-browser`) on the PATH. */
export function findChromium(): string | undefined {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  // An explicit choice that is not there is reported, not silently replaced by another browser.
  if (process.env.CHROMIUM_PATH) return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.flatMap((dir) => ['chromium', 'chromium-browser'].map((name) => path.join(dir, name))).find(executable);
}

export const NO_BROWSER_HINT = process.env.CHROMIUM_PATH
  ? `e2e: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; point it at a Chromium binary or unset it to use \`chromium\` from the PATH`
  : "e2e: no Chromium found: install Debian's chromium (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary";

/**
 * Builds the site with `npm run build` into a new temporary folder, under the base path. With
 * `extraArticles`, from a copy of the content with those articles added (the e2e fixtures: layouts
 * the real corpus may not hold, such as tables of terms).
 */
export async function buildSite(extraArticles?: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'policy-reader-e2e-'));
  if (!extraArticles) {
    await runBuild({ BASE_PATH: SITE_BASE, SITE_URL: SITE_ORIGIN, OUT_DIR: outDir });
    return outDir;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-e2e-content-'));
  try {
    const contentDir = path.join(work, 'content');
    cpSync(contentPaths(process.cwd()).contentDir, contentDir, { recursive: true });
    cpSync(extraArticles, path.join(contentDir, 'articles'), { recursive: true });
    const env = { CONTENT_DIR: contentDir, GENERATED_DIR: path.join(work, 'generated'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') };
    await runBuild({ BASE_PATH: SITE_BASE, SITE_URL: SITE_ORIGIN, OUT_DIR: outDir, ...env });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

interface ServedSite {
  /** Origin + base, e.g. http://127.0.0.1:40123/policy-reader/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under the base path on 127.0.0.1, as GitHub Pages does: index.html for folders, 404.html, gzip. */
export function serveSite(dir: string, base = SITE_BASE): Promise<ServedSite> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === base.replace(/\/$/, '')) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    let file: string | undefined;
    if (url.pathname.startsWith(base)) {
      const candidate = path.join(dir, decodeURIComponent(url.pathname.slice(base.length)));
      if (candidate.startsWith(dir)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) {
          if (!url.pathname.endsWith('/')) {
            response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
            return;
          }
          file = path.join(candidate, 'index.html');
        }
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(dir, '404.html');
    const extension = path.extname(file);
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': statSync(file).size }),
    });
    if (request.method === 'HEAD') return void response.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
