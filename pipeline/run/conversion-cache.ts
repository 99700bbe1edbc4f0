/**
 * The conversion cache: one entry per article, so a rebuild after editing one article converts
 * only that one. An entry's key is a hash of everything its output depends on — the article's
 * source and path, the whole glossary, the boilerplate rules, the pipeline's code and the
 * lockfile (library versions) — so any change to those misses, and nothing stale is ever served.
 * Beside them, entries of what depends on no single article: the boilerplate rules and glossary as
 * validated with the glossary's own lint findings, and the dictionary's word readings. Entries not
 * used by a build are removed after it, so the folder holds one build's worth.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { PlainError } from '../content-error.ts';
import type { PreparedCorpus } from '../convert-article.ts';
import type { WordReading } from '../dictionary/word-reading.ts';
import type { CorpusInput } from '../read/corpus-files.ts';
import type { BuiltArticle } from './concordance-files.ts';

/** The project holding the pipeline: its lockfile, whatever folder is being built. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The code a conversion runs: a change to any of it may change the output. */
const CODE_DIRS = ['pipeline', 'core'];

const sha256 = () => createHash('sha256');

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The conversion's source files (TypeScript, and the threads' JavaScript entry), relative to the project, in a stable order; tests beside them excluded. */
function codeFiles(): string[] {
  return CODE_DIRS.flatMap((dir) => readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name)))
    .filter((name) => /\.(ts|mjs)$/.test(name) && !name.endsWith('.test.ts'))
    .sort();
}

/** Hash of what every article's output depends on besides its own source. */
function contextHash(input: CorpusInput): string {
  const hash = sha256();
  const add = (label: string, text: string) => hash.update(`${label}\0${text.length}\0${text}\0`);
  for (const name of codeFiles()) add(`code:${name}`, readFileSync(path.join(PROJECT_ROOT, name), 'utf8'));
  add('lockfile', readIfThere(path.join(PROJECT_ROOT, 'package-lock.json')));
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

/**
 * An entry: the article as the build keeps it (its occurrences already serialised as concordance
 * parts, its term pairs counted) and its MDX, so that neither is worked out again from the cache.
 */
export type CachedArticle = BuiltArticle & { mdx: string };

const keyOf = (store: CacheStore, file: string, text: string) => sha256().update(`${store.context}\0${file}\0${text}`).digest('hex');

/**
 * Stores one fresh conversion, on whichever thread converted it, so its text never has to travel
 * back. Written under a temporary name and renamed, so a reader never sees half an entry. An entry
 * is only ever a complete, valid conversion of its key's inputs, so storing it before the build
 * has succeeded is safe.
 */
export function storeEntry(store: CacheStore, text: string, entry: CachedArticle): void {
  writeEntry(store, keyOf(store, entry.file, text), entry);
}

function writeEntry(store: CacheStore, key: string, value: unknown): void {
  const temporary = path.join(store.dir, `${key}.json.tmp-${process.pid}-${threadId}`);
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, path.join(store.dir, `${key}.json`));
}

/** What the cache keeps for the corpus as a whole, by entry name. */
export interface CorpusEntries {
  /** The valid boilerplate rules and glossary, and the findings of the glossary's own lint (`lintGlossary`). */
  shared: { prepared: PreparedCorpus; lint: { errors: PlainError[]; warnings: PlainError[] } };
  /** `readWord`'s reading of each word the dictionary holds. */
  readings: Record<string, WordReading>;
}

export interface ConversionCache {
  store: CacheStore;
  /** What an earlier build stored under `name`, when nothing it depends on changed. */
  corpusEntry<Name extends keyof CorpusEntries>(name: Name): CorpusEntries[Name] | undefined;
  storeCorpusEntry<Name extends keyof CorpusEntries>(name: Name, value: CorpusEntries[Name]): void;
  /** The cached conversion of the article with this path and source text, if any. */
  get(file: string, text: string): CachedArticle | undefined;
  /** Drops every entry this build neither read nor stored (`fresh`: the articles it converted). */
  prune(fresh: readonly { file: string; text: string }[]): void;
}

export function openConversionCache(dir: string, input: CorpusInput): ConversionCache {
  const store: CacheStore = { dir, context: contextHash(input) };
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  /** The entry stored under `key`; missing or unreadable (an interrupted write): undefined, so it is made afresh. */
  const read = <T>(key: string): T | undefined => {
    try {
      const value = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as T;
      used.add(key);
      return value;
    } catch {
      return undefined;
    }
  };
  const corpusKey = (name: keyof CorpusEntries) => `${name}-${store.context}`;
  return {
    store,
    get: (file, text) => read<CachedArticle>(keyOf(store, file, text)),
    corpusEntry: (name) => read(corpusKey(name)),
    storeCorpusEntry(name, value) {
      writeEntry(store, corpusKey(name), value);
      used.add(corpusKey(name));
    },
    prune(fresh) {
      for (const { file, text } of fresh) used.add(keyOf(store, file, text));
      for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(path.join(dir, name), { force: true });
    },
  };
}
