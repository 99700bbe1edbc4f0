/**
 * The content lint: checks the glossary against the corpus and against reference tools, and names
 * the file and line of every problem. Errors fail the build; warnings are printed.
 *
 * Rules: CJK runs no entry covers are reported (errors only in strict mode); pinyin agrees with pinyin-pro and the
 * traditional form with OpenCC (cn→tw) unless the entry records an override with a reason; no
 * surface form belongs to two entries; every entry is used by some article; and the history rules of
 * glossary-history.ts (related ids exist, relations agree, timelines keep to `introduced`).
 */
import { createRequire } from 'node:module';
import { simplifiedOf, traditional } from '../../core/script-forms.ts';
import { ContentError } from '../content-error.ts';
import { glossaryId, type GlossaryFile } from '../read/glossary.ts';
import { aliasForm, type GlossaryEntry } from '../../core/schema.ts';
import type { UncoveredRun } from '../transform/coverage.ts';
import { fieldLocator } from '../read/yaml-source.ts';
import { lintGlossaryHistory } from './glossary-history.ts';
import { rankUncovered, uncoveredErrors, uncoveredSummary, type UncoveredWord } from './coverage-report.ts';
import { unsafeDefinitionLinks } from './definition-links.ts';
import { deepDefinitions } from './definition-nesting.ts';
import { unmatchedHeadwords } from './headword-lint.ts';
import { bracketedAliases, joinedAliases, commonWordAliases, matchNoteWarnings, type NotedArticle, type Placer } from './matching-lint.ts';

export interface LintedArticle extends NotedArticle {
  file: string;
  uncovered: readonly UncoveredRun[];
  /** Occurrences per glossary id. */
  callouts: Readonly<Record<string, number>>;
}

export interface LintInput {
  /** The glossary sources, for line numbers. */
  glossaryFiles: readonly GlossaryFile[];
  entries: readonly GlossaryEntry[];
  articles: readonly LintedArticle[];
}

export interface LintResult {
  errors: ContentError[];
  warnings: ContentError[];
  /** Runs of hanzi no entry covers, most frequent first (lintContent only). */
  uncovered?: UncoveredWord[];
}

export interface LintOptions {
  /** Uncovered runs of hanzi are errors, one per occurrence, instead of one summary warning. */
  strict?: boolean;
}

/** Derives the reference forms of a hanzi string. */
export interface Readings {
  pinyin(hanzi: string): string;
  traditional(hanzi: string): string;
}

let readings: Readings | undefined;

/**
 * pinyin-pro's dictionary and OpenCC's tables take a noticeable time to load, so they are loaded on
 * first use and shared by every later lint in the process. Loaded with Node's `require`: Astro runs
 * its config (and so this pipeline) in a Vite module runner that is closed by the time the build
 * hook runs, so a dynamic `import()` there fails.
 */
export function loadReadings(): Readings {
  if (readings) return readings;
  const require = createRequire(import.meta.url);
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  readings = {
    // Citation tones (no 一/不 sandhi), as dictionaries and Hanyu Pinyin orthography write them.
    pinyin: (hanzi) => pinyin(hanzi, { toneSandhi: false, type: 'array' }).join(' '),
    traditional,
  };
  return readings;
}

/** Pinyin compared letter by letter, tones included: word division, hyphens, apostrophes and capitals aside. */
export const comparablePinyin = (text: string) => text.normalize('NFC').toLowerCase().replace(/[\s\-'’·]/g, '');

/** Where the lint's messages about glossary entries point: the entry's file and the field's line. */
function placer(glossaryFiles: readonly GlossaryFile[]): Placer {
  const sources = new Map(glossaryFiles.map((file) => [glossaryId(file.file), file]));
  const locators = new Map<string, ReturnType<typeof fieldLocator>>();
  return (entry, path, message, hint) => {
    const source = sources.get(entry.id);
    if (!source) return new ContentError(`content/glossary/${entry.id}.yaml`, undefined, message, hint);
    let locate = locators.get(entry.id);
    if (!locate) locators.set(entry.id, (locate = fieldLocator(source.text)));
    return new ContentError(source.file, locate(path), message, hint);
  };
}

const byPlace = (a: ContentError, b: ContentError) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

/**
 * The rules that read the glossary alone (pinyin, traditional forms, surface forms, related ids),
 * so a build can run them while its articles are converted rather than after.
 */
export function lintGlossary(input: Omit<LintInput, 'articles'>): LintResult {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const at = placer(input.glossaryFiles);

  const { pinyin, traditional } = loadReadings();
  for (const entry of input.entries) {
    const expected = pinyin(entry.hanzi);
    const agrees = comparablePinyin(expected) === comparablePinyin(entry.pinyin);
    if (!agrees && !entry.overrides?.pinyin) {
      errors.push(at(entry, ['pinyin'], `pinyin "${entry.pinyin}" differs from pinyin-pro's reading of ${entry.hanzi}: "${expected}"`, 'correct it, or add overrides.pinyin.reason saying why (polyphone, neutral tone, proper name)'));
    } else if (agrees && entry.overrides?.pinyin) {
      warnings.push(at(entry, ['overrides', 'pinyin'], `pinyin override is not needed: pinyin-pro reads ${entry.hanzi} as "${expected}" too`, 'remove overrides.pinyin'));
    }

    const derived = traditional(entry.hanzi);
    const simplified = simplifiedOf(entry.hanzi);
    if (!entry.overrides?.traditional) {
      if (simplified !== undefined) {
        errors.push(at(entry, ['hanzi'], `hanzi ${entry.hanzi} is written in traditional characters (OpenCC: ${simplified})`, `write hanzi: ${simplified} and traditional: ${entry.hanzi}`));
      } else if (entry.traditional === undefined && derived !== entry.hanzi) {
        errors.push(at(entry, ['hanzi'], `traditional form missing: OpenCC gives ${derived}`, `add traditional: ${derived}`));
      } else if (entry.traditional !== undefined && entry.traditional === entry.hanzi) {
        errors.push(at(entry, ['traditional'], 'traditional is the same as the simplified form', 'remove it: it is stored only where it differs'));
      } else if (entry.traditional !== undefined && entry.traditional !== derived) {
        errors.push(at(entry, ['traditional'], `traditional "${entry.traditional}" differs from OpenCC's conversion of ${entry.hanzi}: "${derived}"`, 'correct it, or add overrides.traditional.reason'));
      }
    }
  }

  // Surface forms (hanzi, traditional, aliases) compared without case: the matcher folds case for
  // most aliases, so "CAC" and "cac" in two entries would compete for the same text.
  const owners = new Map<string, { entry: GlossaryEntry; path: (string | number)[] }>();
  for (const entry of input.entries) {
    const forms: { text: string; path: (string | number)[] }[] = [
      { text: entry.hanzi, path: ['hanzi'] },
      ...(entry.traditional ? [{ text: entry.traditional, path: ['traditional'] }] : []),
      ...entry.aliases.map((alias, index) => ({ text: aliasForm(alias).text, path: ['aliases', index] })),
    ];
    for (const form of forms) {
      const key = form.text.toLowerCase();
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { entry, path: form.path });
      } else if (owner.entry.id === entry.id) {
        warnings.push(at(entry, form.path, `"${form.text}" is listed twice in this entry`, 'remove the repetition'));
      } else {
        const first = at(owner.entry, owner.path, '');
        errors.push(at(entry, form.path, `"${form.text}" is also a surface form of ${owner.entry.id} (${first.file}:${first.line})`, 'keep it in one entry only'));
      }
    }
  }

  lintGlossaryHistory(input.entries, at, errors, warnings);
  errors.push(...unsafeDefinitionLinks(input.entries, at), ...deepDefinitions(input.entries, at));
  warnings.push(...commonWordAliases(input.entries, at), ...bracketedAliases(input.entries, at), ...joinedAliases(input.entries, at), ...unmatchedHeadwords(input.entries, at));

  return { errors: errors.sort(byPlace), warnings: warnings.sort(byPlace) };
}

/**
 * Every rule. `glossaryPart` is `lintGlossary`'s result when the caller ran it already (the build
 * does, while it converts). Messages are sorted by file and line; the sort is stable, so messages
 * at one place keep the order the rules found them in.
 */
export function lintContent(input: LintInput, glossaryPart: LintResult = lintGlossary(input), options: LintOptions = {}): LintResult {
  const ranked = rankUncovered(input.articles);
  const uncovered = options.strict ? uncoveredErrors(ranked) : [];

  const at = placer(input.glossaryFiles);
  const unused: ContentError[] = [];
  const used = new Set(input.articles.flatMap((article) => Object.keys(article.callouts)));
  for (const entry of input.entries) {
    if (!used.has(entry.id) && !entry.reference) unused.push(at(entry, ['term'], 'no article uses this term', 'add the surface form the articles use as an alias, or add reference: true if the entry is kept for its page and relations'));
  }

  const drafts = input.entries.filter((entry) => entry.draft).map((entry) => at(entry, ['draft'], 'draft entry: the site shows it marked as a draft', 'check every field against a source, then remove draft: true'));
  const coverage = options.strict ? [] : uncoveredSummary(ranked);
  const files = new Map(input.glossaryFiles.map((file) => [glossaryId(file.file), file.file]));
  const headwords = new Map(input.entries.map((entry) => [entry.id, entry.term]));
  const matching = matchNoteWarnings(input.articles, (id) => files.get(id) ?? `content/glossary/${id}.yaml`, (id) => headwords.get(id));
  return { errors: [...uncovered, ...glossaryPart.errors].sort(byPlace), warnings: [...glossaryPart.warnings, ...unused, ...drafts, ...coverage, ...matching].sort(byPlace), uncovered: ranked };
}
