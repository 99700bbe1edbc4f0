/**
 * Boilerplate rules (web chrome to remove from raw captures) as data: the default list in
 * `content/boilerplate.yaml` plus each article's own additions.
 */
import { z } from 'zod';
import { BoilerplateRule, type ParseReport } from '../../core/schema.ts';
import { ContentError } from '../content-error.ts';
import { fieldLocator, parseYaml } from './yaml-source.ts';
import { recordDrop } from '../parse/parse-report.ts';

export interface CompiledRule {
  kind: 'drop' | 'cutFrom';
  pattern: RegExp;
  /** How the parse report names the rule: as written in YAML, e.g. `drop: ^Menu$`. */
  id?: string;
}

const ruleId = (rule: CompiledRule) => rule.id ?? `${rule.kind}: ${rule.pattern.source}`;

/**
 * @param line the line to report a bad rule at: one for all, or the line of rule `index` (looked
 *   up only when a rule is bad)
 */
export function compileRules(rules: readonly BoilerplateRule[], file: string, line?: number | ((index: number) => number)): CompiledRule[] {
  const lineOf = (index: number) => (typeof line === 'function' ? line(index) : line);
  return rules.map((rule, index) => {
    const [kind, source] = 'drop' in rule ? (['drop', rule.drop] as const) : (['cutFrom', rule.cutFrom] as const);
    try {
      return { kind, pattern: new RegExp(source, 'u'), id: `${kind}: ${source}` };
    } catch (error) {
      throw new ContentError(file, lineOf(index), `boilerplate rule /${source}/ is not a valid regular expression: ${(error as Error).message}`, "quote the pattern in single quotes in YAML ('^a\\.b$' keeps its backslashes) and check that brackets and parentheses are closed; a literal ( [ . * + ? needs a backslash before it");
    }
  });
}

export function parseDefaultRules(text: string, file: string): CompiledRule[] {
  return compileRules(parseYaml(text, z.array(BoilerplateRule), file), file, (index) => fieldLocator(text)([index]));
}

/**
 * Removes boilerplate lines. A dropped line becomes blank so the blocks around it stay apart;
 * a `cutFrom` line ends the text. With a report, every removed line is attributed to its rule
 * (`firstLine`: the file line of `lines[0]`).
 */
export function removeBoilerplate(lines: readonly string[], rules: readonly CompiledRule[], report?: ParseReport, firstLine = 1): string[] {
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    const rule = trimmed === '' ? undefined : rules.find((r) => r.pattern.test(trimmed));
    if (rule?.kind === 'cutFrom') {
      if (report) report.cut = cutSize(lines.slice(index), ruleId(rule), firstLine + index);
      break;
    }
    if (rule) recordDrop(report, ruleId(rule), firstLine + index, line);
    kept.push(rule ? '' : line);
  }
  return kept;
}

function cutSize(rest: readonly string[], rule: string, line: number): NonNullable<ParseReport['cut']> {
  const text = rest.map((l) => l.trim()).filter(Boolean);
  return { rule, line, lines: text.length, chars: text.reduce((sum, l) => sum + l.length, 0) };
}
