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
import { inBatches, type ConvertedArticle, type CorpusInput } from './build.ts';

/** The pipeline's own code: a change to any module may change the output. */
const PIPELINE_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The project holding the pipeline: its lockfile and its node_modules, whatever folder is being built. */
const PROJECT_ROOT = path.resolve(PIPELINE_DIR, '..', '..');

/** Where entries go unless CONVERSION_CACHE_DIR says otherwise: git-ignored, one folder per content folder. */
export function defaultCacheDir(contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONVERSION_CACHE_DIR) return path.resolve(env.CONVERSION_CACHE_DIR);
  const folder = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'policy-reader', 'conversion', folder);
}

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

export interface ConversionCache {
  /** The cached conversion of the article with this path and source text, if any. */
  get(file: string, text: string): Promise<ConvertedArticle | undefined>;
  /** Stores fresh conversions and drops every entry this build did not use. */
  commit(fresh: readonly { text: string; article: ConvertedArticle }[]): Promise<void>;
}

export async function openConversionCache(dir: string, input: CorpusInput): Promise<ConversionCache> {
  const context = await contextHash(input);
  const keyOf = (file: string, text: string) => sha256().update(`${context}\0${file}\0${text}`).digest('hex');
  const used = new Set<string>();
  return {
    async get(file, text) {
      const key = keyOf(file, text);
      try {
        const article = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as ConvertedArticle;
        used.add(key);
        return article;
      } catch {
        // Missing or unreadable (an interrupted write): convert afresh.
        return undefined;
      }
    },
    async commit(fresh) {
      await mkdir(dir, { recursive: true });
      await inBatches(fresh, async ({ text, article }) => {
        const key = keyOf(article.file, text);
        used.add(key);
        // Written under a temporary name and renamed, so a reader never sees half an entry.
        const temporary = path.join(dir, `${key}.json.tmp-${process.pid}`);
        await writeFile(temporary, JSON.stringify(article));
        await rename(temporary, path.join(dir, `${key}.json`));
      });
      const stale = (await readdir(dir)).filter((name) => !used.has(name.replace(/\.json$/, '')));
      await inBatches(stale, (name) => rm(path.join(dir, name), { force: true }));
    },
  };
}
