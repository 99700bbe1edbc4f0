/**
 * The conversion cache: one entry per article, so a rebuild after editing one article converts
 * only that one. An entry's key is a hash of everything its output depends on — the article's
 * source and path, the whole glossary, the boilerplate rules, the pipeline's code and the
 * lockfile (library versions) — so any change to those misses, and nothing stale is ever served.
 * Entries not used by a build are removed after it, so the folder holds one build's worth.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { ConvertedArticle, CorpusInput } from './build.ts';
import { inBatches } from './in-batches.ts';

/** The pipeline's own code: a change to any module may change the output. */
const PIPELINE_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The project holding the pipeline: its lockfile, whatever folder is being built. */
const PROJECT_ROOT = path.resolve(PIPELINE_DIR, '..', '..');

const sha256 = () => createHash('sha256');

/** Hash of what every article's output depends on besides its own source. */
async function contextHash(input: CorpusInput): Promise<string> {
  const hash = sha256();
  const add = (label: string, text: string) => hash.update(`${label}\0${text.length}\0${text}\0`);
  for (const name of (await readdir(PIPELINE_DIR)).filter((n) => n.endsWith('.ts')).sort()) add(`code:${name}`, await readFile(path.join(PIPELINE_DIR, name), 'utf8'));
  add('lockfile', await readFile(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8').catch(() => ''));
  add(`boilerplate:${input.boilerplate.file}`, input.boilerplate.text);
  for (const file of [...input.glossary].sort((a, b) => (a.file < b.file ? -1 : 1))) add(`glossary:${file.file}`, file.text);
  return hash.digest('hex');
}

/** Where fresh conversions are stored: plain data, so the threads that convert can store them. */
export interface CacheStore {
  dir: string;
  /** Hash of everything but the article itself (see contextHash). */
  context: string;
}

const keyOf = (store: CacheStore, file: string, text: string) => sha256().update(`${store.context}\0${file}\0${text}`).digest('hex');

/**
 * Stores one fresh conversion, on whichever thread converted it, so its text never has to travel
 * back. Written under a temporary name and renamed, so a reader never sees half an entry. An entry
 * is only ever a complete, valid conversion of its key's inputs, so storing it before the build
 * has succeeded is safe.
 */
export async function storeEntry(store: CacheStore, text: string, article: ConvertedArticle): Promise<void> {
  const key = keyOf(store, article.file, text);
  const temporary = path.join(store.dir, `${key}.json.tmp-${process.pid}-${threadId}`);
  await writeFile(temporary, JSON.stringify(article));
  await rename(temporary, path.join(store.dir, `${key}.json`));
}

export interface ConversionCache {
  store: CacheStore;
  /** The cached conversion of the article with this path and source text, if any. */
  get(file: string, text: string): Promise<ConvertedArticle | undefined>;
  /** Drops every entry this build neither read nor stored (`fresh`: the articles it converted). */
  prune(fresh: readonly { file: string; text: string }[]): Promise<void>;
}

export async function openConversionCache(dir: string, input: CorpusInput): Promise<ConversionCache> {
  const store: CacheStore = { dir, context: await contextHash(input) };
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  return {
    store,
    async get(file, text) {
      const key = keyOf(store, file, text);
      try {
        const article = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as ConvertedArticle;
        used.add(key);
        return article;
      } catch {
        // Missing or unreadable (an interrupted write): convert afresh.
        return undefined;
      }
    },
    async prune(fresh) {
      for (const { file, text } of fresh) used.add(keyOf(store, file, text));
      const stale = (await readdir(dir)).filter((name) => !used.has(name.replace(/\.json$/, '')));
      await inBatches(stale, (name) => rm(path.join(dir, name), { force: true }));
    },
  };
}
