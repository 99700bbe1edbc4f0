/**
 * The conversion pipeline: source articles + glossary → annotated MDX and a report.
 * `convertCorpus` and `checkCorpus` run it in memory (text in, text out: the tests, the lint CLI);
 * `buildContent` runs the same steps over the file system, with the conversion cache and threads
 * (convert-parallel.ts), and writes the output atomically.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { annotateTerms, type MatchNote } from './transform/annotate-terms.ts';
import { compileRules, parseDefaultRules, type CompiledRule } from './read/boilerplate-rules.ts';
import { parseCapture } from './parse/capture.ts';
import { ContentError, ContentErrors, collectErrors } from './content-error.ts';
import { buildConcordance, collectOccurrences } from './transform/concordance.ts';
import { ARTICLE_FILE, defaultCacheDir, generatedFiles, shownPath } from '../core/paths.ts';
import { openConversionCache } from './run/conversion-cache.ts';
import { convertInParallel } from './run/convert-parallel.ts';
import { startWorkers, stopWorkers, workerCount } from './run/workers.ts';
import { lintContent, lintGlossary, type LintResult } from './lint/content-lint.ts';
import { findUncoveredHan, type UncoveredRun } from './transform/coverage.ts';
import { glossaryId, loadGlossary, type GlossaryFile } from './read/glossary.ts';
import { markChineseText } from '../core/mark-chinese.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { addParagraphAnchors } from './transform/paragraph-anchors.ts';
import { readSource, type SourceArticle } from './read/article-source.ts';
import type { ConversionReport, GeneratedArticleFrontMatter, GlossaryEntry, Occurrence } from '../core/schema.ts';
import { TermMatcher } from './transform/term-matcher.ts';
import { toMdx } from './stringify/to-mdx.ts';

export interface SourceFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  /** Set when the bytes were not valid UTF-8: reported with every other error, not thrown alone. */
  encodingError?: ContentError;
}

export interface CorpusInput {
  boilerplate: SourceFile;
  articles: readonly SourceFile[];
  glossary: readonly GlossaryFile[];
}

export interface ConvertedArticle {
  slug: string;
  file: string;
  mdx: string;
  /** Callouts per glossary id, in order of first occurrence. */
  callouts: Record<string, number>;
  uncovered: UncoveredRun[];
  /** Every annotated term, with its sentence and paragraph anchor, in document order. */
  occurrences: Occurrence[];
  /** Matches the content lint questions (annotate-terms.ts). */
  notes: MatchNote[];
}

/** What the corpus-wide steps (lint, report, concordance) need of an article: all but its MDX. */
export type ArticleRecord = Omit<ConvertedArticle, 'mdx'>;

export interface CorpusOutput<Article extends ArticleRecord = ArticleRecord> {
  articles: Article[];
  glossary: GlossaryEntry[];
  /** Entries that no article uses. */
  unusedTerms: string[];
  /** The content lint's warnings (its errors stop the build). */
  warnings?: ContentError[];
  /** How many of `articles` came from the conversion cache unchanged. */
  fromCache?: number;
  /** Wall time of converting the articles the cache did not have, when there were any (all threads; the glossary lint runs alongside). */
  convertSeconds?: number;
}

function toTree(source: SourceArticle, defaults: readonly CompiledRule[]): Root {
  if (source.format === 'markdown') return parseMarkdown(source.body, source.bodyLine);
  const own = compileRules(source.frontMatter.boilerplate, source.file, 2);
  return parseCapture(source.body, { title: source.frontMatter.title, rules: [...defaults, ...own], firstLine: source.bodyLine });
}

export function convertArticle(source: SourceArticle, defaults: readonly CompiledRule[], matcher: TermMatcher, glossary: readonly GlossaryEntry[]): ConvertedArticle {
  const tree = toTree(source, defaults);
  const { terms, counts, notes } = annotateTerms(tree, matcher);
  const anchors = addParagraphAnchors(tree);
  const { boilerplate: _rules, ...meta } = source.frontMatter;
  const frontMatter: GeneratedArticleFrontMatter = { ...meta, terms };
  const uncovered = findUncoveredHan(tree, glossary);
  const occurrences = collectOccurrences(source.slug, anchors);
  // Last, as it wraps text the coverage check and the concordance read as plain text nodes.
  markChineseText(tree);
  return {
    slug: source.slug,
    file: source.file,
    mdx: toMdx(tree, frontMatter),
    callouts: Object.fromEntries(terms.map((id) => [id, counts.get(id) ?? 0])),
    uncovered,
    occurrences,
    notes,
  };
}

/** Everything an article's conversion needs besides its own source, validated. */
export interface PreparedCorpus {
  defaults: CompiledRule[];
  glossary: GlossaryEntry[];
}

/** What validation found: the valid part of the corpus and every problem. */
export interface InspectedCorpus {
  prepared: PreparedCorpus;
  /** The articles whose front matter is valid. */
  sources: SourceArticle[];
  errors: ContentError[];
  /**
   * Whether the boilerplate rules and every glossary entry are valid. Only then can the valid
   * articles be converted and linted for more errors: with entries missing, every use of them
   * would be reported as uncovered text or a dangling related id.
   */
  sharedValid: boolean;
}

/** The boilerplate rules and the glossary, validated, and their problems. */
function inspectShared(input: CorpusInput): PreparedCorpus & { errors: ContentError[] } {
  const errors: ContentError[] = [];
  if (input.boilerplate.encodingError) errors.push(input.boilerplate.encodingError);
  const defaults = (!input.boilerplate.encodingError && collectErrors(errors, () => parseDefaultRules(input.boilerplate.text, input.boilerplate.file))) || [];
  const glossaryFiles = readable(input.glossary, errors);
  const glossary = collectErrors(errors, () => loadGlossary(glossaryFiles)) ?? [];
  errors.push(...duplicateIds(glossaryFiles));
  return { defaults, glossary, errors };
}

/** Files that could be decoded; the others are reported, together with everything else, and skipped. */
function readable(files: readonly SourceFile[], errors: ContentError[]): SourceFile[] {
  return files.filter((file) => {
    if (file.encodingError) errors.push(file.encodingError);
    return !file.encodingError;
  });
}

/** Two articles with the same slug (`x.txt` and `x.md`). */
function duplicateSlugs(sources: readonly { file: string; slug: string }[]): ContentError[] {
  const seen = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const source of sources) {
    const other = seen.get(source.slug);
    if (other) errors.push(new ContentError(source.file, undefined, `slug "${source.slug}" is already used by ${other}`, 'rename one of the files'));
    seen.set(source.slug, source.file);
  }
  return errors;
}

/** Every article's front matter, valid ones kept; invalid ones and duplicate slugs go to `errors`. */
function readFrontMatter(files: readonly SourceFile[], errors: ContentError[]): SourceArticle[] {
  const sources = files.flatMap((file) => collectErrors(errors, () => readSource(file.file, file.text)) ?? []);
  errors.push(...duplicateSlugs(sources));
  return sources;
}

/** Reads and validates boilerplate, glossary and every article's front matter, keeping what is valid. */
export function inspectCorpus(input: CorpusInput): InspectedCorpus {
  const { defaults, glossary, errors } = inspectShared(input);
  const sharedValid = errors.length === 0;
  const sources = readFrontMatter(readable(input.articles, errors), errors);
  return { prepared: { defaults, glossary }, sources, errors, sharedValid };
}

/**
 * Converts one article at a time against a prepared corpus, its problems going to `errors`. One
 * automaton per converter (per thread): building it costs as much as annotating dozens of articles.
 */
export function articleConverter({ defaults, glossary }: PreparedCorpus): (source: SourceArticle, errors: ContentError[]) => ConvertedArticle | undefined {
  const matcher = new TermMatcher(glossary);
  return (source, errors) => collectErrors(errors, () => convertArticle(source, defaults, matcher, glossary));
}

/** Converts articles in memory; problems are returned, not thrown, so callers can merge them. */
function convertSources(prepared: PreparedCorpus, sources: readonly SourceArticle[]): { articles: ConvertedArticle[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const convert = articleConverter(prepared);
  const articles = sources.flatMap((source) => convert(source, errors) ?? []);
  return { articles, errors };
}

/** The corpus-wide result once every article is converted. */
function completeCorpus<Article extends ArticleRecord>(glossary: GlossaryEntry[], articles: Article[]): CorpusOutput<Article> {
  const used = new Set(articles.flatMap((article) => Object.keys(article.callouts)));
  return { articles, glossary, unusedTerms: glossary.map((e) => e.id).filter((id) => !used.has(id)) };
}

/** A corpus converted and linted, with every problem found on the way. */
export interface CheckedCorpus<Article extends ArticleRecord = ArticleRecord> {
  output: CorpusOutput<Article>;
  errors: ContentError[];
  warnings: ContentError[];
}

/**
 * Completes a conversion and lints the glossary against it; the lint's errors join the earlier ones.
 * `glossaryLint`: the glossary-only rules' result, when the caller ran them already.
 */
function lintConverted<Article extends ArticleRecord>(input: CorpusInput, glossary: GlossaryEntry[], articles: Article[], errors: readonly ContentError[], glossaryLint?: LintResult): CheckedCorpus<Article> {
  const output = completeCorpus(glossary, articles);
  const lint = lintContent({ glossaryFiles: input.glossary, entries: output.glossary, articles: output.articles }, glossaryLint);
  return { output, errors: [...errors, ...lint.errors], warnings: lint.warnings };
}

/**
 * Validates, converts and lints a corpus in memory (what `buildContent` checks, nothing written),
 * collecting the problems of every stage. Throws only when the boilerplate or the glossary is
 * invalid, as nothing can be converted or linted against them.
 */
export function checkCorpus(input: CorpusInput): CheckedCorpus<ConvertedArticle> {
  const { prepared, sources, errors, sharedValid } = inspectCorpus(input);
  if (!sharedValid) throw new ContentErrors(errors);
  const converted = convertSources(prepared, sources);
  return lintConverted(input, prepared.glossary, converted.articles, [...errors, ...converted.errors]);
}

/** Converts a whole corpus, reporting every content error in one throw. */
export function convertCorpus(input: CorpusInput): CorpusOutput<ConvertedArticle> {
  const inspected = inspectCorpus(input);
  if (inspected.errors.length > 0) throw new ContentErrors(inspected.errors);
  const { prepared, sources } = inspected;
  const { articles, errors } = convertSources(prepared, sources);
  if (errors.length > 0) throw new ContentErrors(errors);
  return completeCorpus(prepared.glossary, articles);
}

/** Two files that give the same glossary id (`x.yaml` and `x.yml`). */
function duplicateIds(files: readonly SourceFile[]): ContentError[] {
  const seen = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const { file } of files) {
    const id = glossaryId(file);
    const other = seen.get(id);
    if (other) errors.push(new ContentError(file, undefined, `glossary id "${id}" is already defined by ${other}`, 'keep one file per term'));
    seen.set(id, file);
  }
  return errors;
}

export interface BuildOptions {
  /** Folder holding `articles/`, `glossary/` and `boilerplate.yaml`. */
  contentDir: string;
  /** Folder the generated MDX and report go to; replaced as a whole. */
  outDir: string;
  /** Base for the paths shown in messages. */
  root?: string;
  /** Reuse unchanged articles' conversions (default true); `--no-cache` turns it off. */
  cache?: boolean;
  /** Cache folder; default from `defaultCacheDir`. */
  cacheDir?: string;
  /** Worker threads converting besides this one; default from the number of articles and cores. */
  workers?: number;
  /**
   * Workers the caller started already (`startWorkersFor`: the CLI starts them before it loads the
   * pipeline), used instead of starting them after reading; the build stops them in every case.
   */
  started?: Worker[];
}

/**
 * Read synchronously: for thousands of small files, one blocking read each is several times faster
 * than as many promises through the thread pool (2,000 files: 50 ms against 180 ms), and nothing
 * else is waiting on this thread meanwhile.
 */
function readFolder(dir: string, pattern: RegExp, root: string): SourceFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => decodeSource(shownPath(root, path.join(dir, name)), readFileSync(path.join(dir, name))));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes; invalid UTF-8 becomes an error naming the first bad line. */
export function decodeSource(file: string, bytes: Uint8Array): SourceFile {
  try {
    return { file, text: strictUtf8.decode(bytes) };
  } catch {
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
      try {
        strictUtf8.decode(bytes.subarray(start, end));
      } catch {
        break;
      }
      start = end + 1;
    }
    const encodingError = new ContentError(file, line, 'file is not valid UTF-8', 'save it with UTF-8 encoding');
    return { file, text: new TextDecoder('utf-8').decode(bytes), encodingError };
  }
}

export async function readCorpus({ contentDir, root = process.cwd() }: BuildOptions): Promise<CorpusInput> {
  const boilerplateFile = path.join(contentDir, 'boilerplate.yaml');
  let boilerplateBytes: Buffer | undefined;
  try {
    boilerplateBytes = readFileSync(boilerplateFile);
  } catch {
    boilerplateBytes = undefined;
  }
  const boilerplate = boilerplateBytes
    ? decodeSource(shownPath(root, boilerplateFile), boilerplateBytes)
    : { file: shownPath(root, boilerplateFile), text: '', encodingError: new ContentError(shownPath(root, boilerplateFile), undefined, 'file is missing', 'create it with the default boilerplate rules (a YAML list, may be [])') };
  return {
    boilerplate,
    articles: readFolder(path.join(contentDir, 'articles'), ARTICLE_FILE, root),
    glossary: readFolder(path.join(contentDir, 'glossary'), /\.ya?ml$/, root),
  };
}

/**
 * Reads, converts (reusing cached conversions, on worker threads when many are left), lints and
 * writes; the output folder is swapped in only when everything succeeded.
 */
export async function buildContent(options: BuildOptions): Promise<CorpusOutput> {
  let started = options.started ?? [];
  const staging = `${options.outDir}.tmp-${process.pid}`;
  try {
    const input = await readCorpus(options);
    const errors: ContentError[] = [];
    const articleFiles = readable(input.articles, errors);
    // Looked up by path and text alone, before validation: an entry exists only for a text that was valid.
    const cache = options.cache === false ? undefined : openConversionCache(options.cacheDir ?? defaultCacheDir(options.contentDir), input);
    rmSync(staging, { recursive: true, force: true });
    const files = generatedFiles(staging);
    const { articlesDir } = files;
    mkdirSync(articlesDir, { recursive: true });
    // A hit's MDX is written at once and not kept: at 10,000 articles it would be hundreds of
    // megabytes held until the end of the build.
    const cached = new Map<string, ArticleRecord>();
    for (const file of cache ? articleFiles : []) {
      const hit = cache!.get(file.file, file.text);
      if (!hit) continue;
      const { mdx, ...record } = hit;
      writeFileSync(files.article(record.slug), mdx);
      cached.set(file.file, record);
    }
    const pending = articleFiles.filter((file) => !cached.has(file.file));
    // Unless the caller started them already, started now, so that loading the pipeline in each
    // worker overlaps the glossary parse; the ones the articles left to convert do not need are stopped.
    if (!options.started) started = startWorkers(options.workers ?? workerCount(pending.length));
    const workers = options.workers === undefined ? started.slice(0, workerCount(pending.length)) : started;
    await stopWorkers(started.slice(workers.length));
    const shared = inspectShared(input);
    if (shared.errors.length > 0) {
      // Nothing can be converted against invalid rules or entries; the articles' front matter can still be checked.
      readFrontMatter(articleFiles, errors);
      throw new ContentErrors([...shared.errors, ...errors]);
    }
    // Articles with bad front matter are reported; the rest are converted and linted all the same,
    // so one run reports every problem rather than one stage's per run.
    const job = { prepared: { defaults: shared.defaults, glossary: shared.glossary }, articlesDir, cache: cache?.store };
    // The glossary's own lint (pinyin-pro and OpenCC, the slowest rules) runs while the workers convert.
    let glossaryLint: LintResult | undefined;
    const convertStart = performance.now();
    const fresh = await convertInParallel(pending, job, workers, () => (glossaryLint = lintGlossary({ glossaryFiles: input.glossary, entries: shared.glossary })));
    const convertSeconds = (performance.now() - convertStart) / 1000;
    const freshByFile = new Map(fresh.articles.map((article) => [article.file, article]));
    const articles = articleFiles.flatMap((file) => cached.get(file.file) ?? freshByFile.get(file.file) ?? []);
    const validByFile = new Map(fresh.valid.map((source) => [source.file, source]));
    const valid = articleFiles.flatMap((file) => cached.get(file.file) ?? validByFile.get(file.file) ?? []);
    errors.push(...fresh.errors, ...duplicateSlugs(valid));

    const checked = lintConverted(input, shared.glossary, articles, errors, glossaryLint);
    if (checked.errors.length > 0) throw new ContentErrors(checked.errors);
    const output: CorpusOutput = { ...checked.output, fromCache: cached.size, warnings: checked.warnings, convertSeconds: pending.length > 0 ? convertSeconds : undefined };
    const report: ConversionReport = {
      articles: output.articles.map(({ slug, callouts, uncovered }) => ({ slug, callouts, uncovered })),
      unusedTerms: output.unusedTerms,
    };
    writeFileSync(files.report, `${JSON.stringify(report, null, 2)}\n`);
    // One file per term, read by its page alone: a single file of every occurrence held in the site
    // build's memory grew with the corpus (about half a gigabyte per thousand articles).
    mkdirSync(files.concordanceDir);
    for (const entry of buildConcordance(output.glossary, output.articles)) writeFileSync(files.concordance(entry.id), `${JSON.stringify(entry)}\n`);
    const previous = `${options.outDir}.old-${process.pid}`;
    if (existsSync(options.outDir)) renameSync(options.outDir, previous);
    renameSync(staging, options.outDir);
    rmSync(previous, { recursive: true, force: true });
    cache?.prune(pending);
    return output;
  } catch (error) {
    await stopWorkers(started);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
