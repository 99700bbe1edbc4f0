/**
 * The corpus in memory: validating the shared inputs and every article's front matter, converting
 * the valid articles and linting the glossary against them. `checkCorpus` and `convertCorpus` are
 * the in-memory entry points (tests, the lint CLI); run/build-content.ts does the same over files.
 */
import type { GlossaryEntry } from '../core/schema.ts';
import { ContentError, ContentErrors, collectErrors } from './content-error.ts';
import { articleConverter, type ArticleRecord, type ConvertedArticle, type PreparedCorpus } from './convert-article.ts';
import { lintContent, type LintOptions, type LintResult } from './lint/content-lint.ts';
import type { UncoveredWord } from './lint/coverage-report.ts';
import { undatedNames } from './lint/undated-names.ts';
import { unreviewedGuesses } from './lint/front-matter-review.ts';
import { readSource, type SourceArticle } from './read/article-source.ts';
import { parseDefaultRules } from './read/boilerplate-rules.ts';
import type { CorpusInput, SourceFile } from './read/corpus-files.ts';
import { glossaryId, loadGlossary } from './read/glossary.ts';

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
export function inspectShared(input: CorpusInput): PreparedCorpus & { errors: ContentError[] } {
  const errors: ContentError[] = [];
  if (input.boilerplate.readError) errors.push(input.boilerplate.readError);
  const defaults = (!input.boilerplate.readError && collectErrors(errors, () => parseDefaultRules(input.boilerplate.text, input.boilerplate.file))) || [];
  const glossaryFiles = readable(input.glossary, errors);
  const glossary = collectErrors(errors, () => loadGlossary(glossaryFiles)) ?? [];
  errors.push(...duplicateIds(glossaryFiles));
  return { defaults, glossary, errors };
}

/** Files that could be decoded; the others are reported, together with everything else, and skipped. */
export function readable(files: readonly SourceFile[], errors: ContentError[]): SourceFile[] {
  return files.filter((file) => {
    if (file.readError) errors.push(file.readError);
    return !file.readError;
  });
}

/** Two articles with the same slug (`x.txt` and `x.md`). */
export function duplicateSlugs(sources: readonly { file: string; slug: string }[]): ContentError[] {
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
export function readFrontMatter(files: readonly SourceFile[], errors: ContentError[]): SourceArticle[] {
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
  /** Runs of hanzi no entry covers, most frequent first. */
  uncovered?: UncoveredWord[];
}

/**
 * Completes a conversion and lints the glossary against it; the lint's errors join the earlier ones.
 * `glossaryLint`: the glossary-only rules' result, when the caller ran them already.
 */
export function lintConverted<Article extends ArticleRecord>(input: CorpusInput, glossary: GlossaryEntry[], articles: Article[], errors: readonly ContentError[], glossaryLint?: LintResult, options?: LintOptions): CheckedCorpus<Article> {
  const output = completeCorpus(glossary, articles);
  const lint = lintContent({ glossaryFiles: input.glossary, entries: output.glossary, articles: output.articles }, glossaryLint, options);
  return { output, errors: [...errors, ...lint.errors], warnings: [...unreviewedGuesses(input.articles), ...undatedNames(articles, input.articles), ...lint.warnings], uncovered: lint.uncovered };
}

/**
 * Validates, converts and lints a corpus in memory (what `buildContent` checks, nothing written),
 * collecting the problems of every stage. Throws only when the boilerplate or the glossary is
 * invalid, as nothing can be converted or linted against them.
 */
export function checkCorpus(input: CorpusInput, options?: LintOptions): CheckedCorpus<ConvertedArticle> {
  const { prepared, sources, errors, sharedValid } = inspectCorpus(input);
  if (!sharedValid) throw new ContentErrors(errors);
  const converted = convertSources(prepared, sources);
  return lintConverted(input, prepared.glossary, converted.articles, [...errors, ...converted.errors], undefined, options);
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

