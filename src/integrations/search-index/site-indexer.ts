/**
 * The site's Pagefind index, fed page by page while `astro build` renders them (the middleware in
 * this folder hands each page over), so Pagefind's own process parses pages on the second core
 * while Astro renders the next ones, instead of reading all of dist/ again afterwards.
 *
 * Pagefind numbers pages in the order they are added, and Astro finishes concurrent pages in no
 * fixed order. So pages are added in an order given up front (`expect`), each one as soon as all
 * before it have come; pages outside that order follow at the end, sorted: the index is the same,
 * byte for byte, however the renders interleave.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's bundled UIs (Default, Modular, Component) and highlighter: the site has its own search page. */
const unusedBundleFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Where the middleware finds the indexer of the running build (it runs in Astro's bundle, not in this module graph). */
export const SITE_INDEXER = Symbol.for('policy-reader.site-indexer');

export interface IndexSummary {
  /** Pages indexed: those that mark their content with data-pagefind-body. */
  pages: number;
  files: number;
  bytes: number;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export class SiteIndexer {
  private order: string[] | undefined;
  private next = 0;
  private readonly waiting = new Map<string, string>();
  private readonly adding: Promise<string[]>[] = [];
  private added = 0;
  private readonly index: PagefindIndex;

  private constructor(index: PagefindIndex) {
    this.index = index;
  }

  static async start(): Promise<SiteIndexer> {
    const { errors, index } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    return new SiteIndexer(index);
  }

  /** The order to add pages in, by URL (the first call wins: every page's middleware offers it). */
  expect(urls: readonly string[]): void {
    this.order ??= [...urls];
    this.flush();
  }

  /** A rendered page; pages without data-pagefind-body are not searchable (Pagefind would drop them too). */
  offer(url: string, html: string): void {
    if (!html.includes('data-pagefind-body')) return;
    this.waiting.set(url, html);
    this.flush();
  }

  private flush(): void {
    if (!this.order) return;
    for (; this.next < this.order.length && this.waiting.has(this.order[this.next]); this.next++) this.add(this.order[this.next]);
  }

  private add(url: string): void {
    const content = this.waiting.get(url)!;
    this.waiting.delete(url);
    this.added++;
    this.adding.push(this.index.addHTMLFile({ url, content }).then(({ errors }) => errors.map((error) => `${url}: ${error}`)));
  }

  /** Adds what is left, writes `siteDir/pagefind/` (replacing the old one only once the new one is whole) and closes Pagefind. */
  async finish(siteDir: string): Promise<IndexSummary> {
    try {
      // Pages the order named but the build did not render are skipped; pages it did not name follow, sorted.
      for (const url of this.order ?? []) if (this.waiting.has(url)) this.add(url);
      for (const url of [...this.waiting.keys()].sort()) this.add(url);
      const errors = (await Promise.all(this.adding)).flat();
      if (errors.length > 0) throw new Error(`Pagefind could not index every page:\n${errors.join('\n')}`);
      if (this.added === 0) throw new Error(`${siteDir}: no page to index. Article and term pages must mark their content with data-pagefind-body.`);
      const target = path.join(siteDir, 'pagefind');
      const staging = `${target}.tmp-${process.pid}`;
      await rm(staging, { recursive: true, force: true });
      // writeFiles rather than getFiles: the files need not travel through the service's pipe.
      const { errors: writeErrors } = await this.index.writeFiles({ outputPath: staging });
      if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index:\n${writeErrors.join('\n')}`);
      for (const name of await readdir(staging)) if (unusedBundleFile.test(name)) await rm(path.join(staging, name));
      const files = (await readdir(staging, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
      const bytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
      await rm(target, { recursive: true, force: true });
      await rename(staging, target);
      return { pages: this.added, files: files.length, bytes };
    } finally {
      await this.index.deleteIndex();
      await pagefind.close();
    }
  }
}
