/**
 * Boilerplate rules (web chrome to remove from raw captures) as data: the default list in
 * `content/boilerplate.yaml` plus each article's own additions. They run on RE2 (re2js), whose
 * matching time is linear in the line for any pattern: an editor's rule cannot hang the build.
 */
import { RE2JS } from 're2js';
import { z } from 'zod';
import { BoilerplateRule, type ParseReport } from '../../core/schema.ts';
import { ContentError } from '../content-error.ts';
import { widenPattern } from './widened-pattern.ts';
import { fieldLocator, parseYaml } from './yaml-source.ts';
import { recordDrop } from '../parse/parse-report.ts';

/** Plain data, so it travels to the conversion threads; each thread compiles its own programs. */
export interface CompiledRule {
  kind: 'drop' | 'cutFrom';
  /** The pattern as written. */
  source: string;
  /** How the parse report names the rule: as written in YAML, e.g. `drop: ^Menu$`. */
  id: string;
  /** A picture's caption: the alt text directly above it goes too (picture-credits.ts). */
  caption?: true;
}

// Each article may add rules, so the cache is bounded; a corpus's rules fit in it many times over.
const programs = new Map<string, RE2JS>();
const MAX_PROGRAMS = 2000;

function program(source: string): RE2JS {
  let compiled = programs.get(source);
  if (!compiled) {
    if (programs.size >= MAX_PROGRAMS) programs.clear();
    compiled = RE2JS.compile(source);
    programs.set(source, compiled);
  }
  return compiled;
}

/** Inside a line, every kind of space counts as a plain space: RE2's `\s` is ASCII only. */
const OTHER_SPACES = /[^\S ]/gu;

/**
 * Whether a pattern can match only at the start of a line, as RE2 compiled it (`^Menu$` can, `^a|b`
 * cannot). Read from re2js's compiled program; if a later version moves it, every rule counts as
 * matching anywhere, which is slower but as correct.
 */
const BEGIN_TEXT = 4;
function matchesAtStartOnly(source: string): boolean {
  const cond = (program(source) as unknown as { re2Input?: { cond?: unknown } }).re2Input?.cond;
  return typeof cond === 'number' && (cond & BEGIN_TEXT) !== 0;
}

interface JoinedRules {
  /** The widened rules that match only at a line's start, joined: tried with the line anchored, so the pass stops when all of them have failed. */
  atStart?: RE2JS;
  /** The other widened rules, joined. */
  anywhere?: RE2JS;
  /** Rules that cannot be widened (a property in a negated class): tried one by one on every line. */
  unwidened: readonly CompiledRule[];
}

const joinedRules = new WeakMap<readonly CompiledRule[], JoinedRules | null>();

/**
 * A list's rules widened (widened-pattern.ts) and joined into (at most) two programs, so that one
 * pass over a line rules out every rule but the few it could match. Widened, a program stays small
 * and quick to compile: a Unicode property splits the alphabet into over a thousand classes, which
 * made every state of the joined DFA that wide, and a count like `.{0,150}` compiles to 150 states.
 * None if the rules cannot be joined (two groups of one name).
 */
function joined(rules: readonly CompiledRule[]): JoinedRules | null {
  let both = joinedRules.get(rules);
  if (both === undefined) {
    const widened = rules.map((rule) => ({ rule, source: widenPattern(rule.source) }));
    const alternatives = (list: readonly { source?: string }[]) => list.map(({ source }) => `(?:${source})`).join('|');
    const unwidened = widened.filter(({ source }) => source === undefined);
    const atStart = widened.filter(({ source }) => source !== undefined && matchesAtStartOnly(source));
    const anywhere = widened.filter((entry) => entry.source !== undefined && !atStart.includes(entry));
    try {
      both = {
        ...(atStart.length > 0 && { atStart: program(`(?:${alternatives(atStart)})(?s:.*)`) }),
        ...(anywhere.length > 0 && { anywhere: program(alternatives(anywhere)) }),
        unwidened: unwidened.map(({ rule }) => rule),
      };
    } catch {
      both = null;
    }
    joinedRules.set(rules, both);
  }
  return both;
}

/**
 * Rule lists in the order they are tried: the default list, then an article's own. Each list is
 * joined once and its programs kept with it, so the defaults' programs (and their DFA caches)
 * serve every article a thread converts instead of being compiled again with each article's rules.
 */
export type RuleLists = readonly (readonly CompiledRule[])[];

/** The first rule that matches the trimmed line. */
export function matchingRule(lists: RuleLists, line: string): CompiledRule | undefined {
  if (line === '') return undefined;
  const text = line.replace(OTHER_SPACES, ' ');
  for (const rules of lists) {
    const rule = firstMatchIn(rules, text);
    if (rule) return rule;
  }
  return undefined;
}

/**
 * A caption says what the picture shows in a sentence or three, then its credit; a line with four
 * sentence ends or more is a story told under a photo (a Xinhua photo release on english.yunnan.cn), the article's text.
 */
const STORY_BREAKS = 4;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=[\p{Lu}"“‘(\[])/gu;
const isPhotoStory = (text: string) => (text.match(SENTENCE_BREAK)?.length ?? 0) >= STORY_BREAKS;

function firstMatchIn(rules: readonly CompiledRule[], text: string): CompiledRule | undefined {
  if (rules.length === 0) return undefined;
  const both = joined(rules);
  const matches = (rule: CompiledRule) => program(rule.source).test(text) && !(rule.caption && isPhotoStory(text));
  // Where no widened rule matches, no rule can but one not widened, and the first of those is the first of all.
  if (both && !both.atStart?.testExact(text) && !both.anywhere?.test(text)) return both.unwidened.find(matches);
  return rules.find(matches);
}

/**
 * @param line the line to report a bad rule at: one for all, or the line of rule `index` (looked
 *   up only when a rule is bad)
 */
export function compileRules(rules: readonly BoilerplateRule[], file: string, line?: number | ((index: number) => number)): CompiledRule[] {
  const lineOf = (index: number) => (typeof line === 'function' ? line(index) : line);
  return rules.map((rule, index) => {
    const [kind, source] = 'drop' in rule ? (['drop', rule.drop] as const) : (['cutFrom', rule.cutFrom] as const);
    try {
      program(source);
    } catch (error) {
      throw new ContentError(file, lineOf(index), `boilerplate rule /${source}/ is not a pattern the rules accept: ${(error as Error).message.replace(/^error parsing regexp: /, '')}`, syntaxHint(source));
    }
    return { kind, source, id: `${kind}: ${source}`, ...('caption' in rule && rule.caption && { caption: true as const }) };
  });
}

/** Rules are RE2 patterns, mostly written as JavaScript ones: the hint names the usual difference. */
function syntaxHint(source: string): string {
  if (/\(\?<?[=!]|\\[1-9]/u.test(source)) return 'rules run in linear time (RE2 syntax), which has no look-ahead, look-behind or back-reference: match the whole line instead, e.g. drop: \'^Share( this)?$\'';
  if (/\\u|\\p\{(?:Script|sc|gc)=/u.test(source)) return 'rules use RE2 syntax: write a character as \\x{4e00} (not \\u4e00) and a script as \\p{Han} (not \\p{Script=Han})';
  return "quote the pattern in single quotes in YAML ('^a\\.b$' keeps its backslashes) and check that brackets and parentheses are closed; a literal ( [ . * + ? needs a backslash before it";
}

export function parseDefaultRules(text: string, file: string): CompiledRule[] {
  return compileRules(parseYaml(text, z.array(BoilerplateRule), file), file, (index) => fieldLocator(text)([index]));
}

/**
 * Removes boilerplate lines. A dropped line becomes blank so the blocks around it stay apart;
 * a `cutFrom` line ends the text. With a report, every removed line is attributed to its rule
 * (`firstLine`: the file line of `lines[0]`).
 */
export function removeBoilerplate(lines: readonly string[], rules: RuleLists, report?: ParseReport, firstLine = 1): string[] {
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const rule = matchingRule(rules, line.trim());
    if (rule?.kind === 'cutFrom') {
      if (report) report.cut = cutSize(lines.slice(index), rule.id, firstLine + index);
      break;
    }
    if (rule) recordDrop(report, rule.id, firstLine + index, line);
    kept.push(rule ? '' : line);
  }
  return kept;
}

function cutSize(rest: readonly string[], rule: string, line: number): NonNullable<ParseReport['cut']> {
  const text = rest.map((l) => l.trim()).filter(Boolean);
  return { rule, line, lines: text.length, chars: text.reduce((sum, l) => sum + l.length, 0) };
}
