/**
 * Loads a built Pagefind bundle (dist/pagefind/pagefind.js) into Node, for tests and measurements.
 * Pagefind's search runs only in its JavaScript client, which fetches the index over HTTP; Node's
 * fetch cannot read file: URLs, so fetches under the bundle folder are answered from disk (and
 * counted), everything else goes to the real fetch.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { PagefindApi } from '../../src/client/search/run-search.ts';

/** One file the client fetched: its path inside the bundle and its size on the wire. */
export interface FetchedFile {
  file: string;
  bytes: number;
}

/** The search API the callers run queries with, plus the client's life cycle. */
export interface PagefindClient extends PagefindApi {
  init: () => Promise<void>;
  destroy: () => Promise<void>;
}

const fetched: FetchedFile[] = [];
let installed = false;

/** Answers file: URLs from disk; once per process, other URLs fall through to the real fetch. */
function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.protocol !== 'file:') return realFetch(input, init);
    const file = fileURLToPath(new URL(url.pathname, 'file://'));
    try {
      const body = await readFile(file);
      fetched.push({ file, bytes: body.byteLength });
      const type = file.endsWith('.wasm') || /wasm\.[^/]*\.pagefind$/.test(file) ? 'application/wasm' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'Content-Type': type } });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  };
}

/**
 * A fresh Pagefind client over the bundle in `bundleDir`, answering result URLs under `baseUrl`
 * (the site's base path, as a browser would derive it from the bundle's URL).
 */
export async function loadPagefind(bundleDir: string, baseUrl: string, options: Record<string, unknown> = {}): Promise<PagefindClient> {
  installFileFetch();
  const bundleUrl = pathToFileURL(path.resolve(bundleDir) + path.sep).href;
  const module = (await import(new URL('pagefind.js', bundleUrl).href)) as { createInstance: (options: Record<string, unknown>) => PagefindClient };
  const client = module.createInstance({ basePath: bundleUrl, baseUrl, ...options });
  await client.init();
  return client;
}

/** The spelling vocabulary the search page downloads when a query finds nothing (src/pages/search-words.json.ts). */
export function vocabularyOf(siteDir: string): () => Promise<readonly string[]> {
  return async () => JSON.parse(await readFile(path.join(siteDir, 'search-words.json'), 'utf8')) as string[];
}

/** Files fetched since the last call, and forgets them: what one search downloaded. */
export function takeFetched(): FetchedFile[] {
  return fetched.splice(0, fetched.length);
}
