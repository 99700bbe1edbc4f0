/**
 * Boilerplate rules (web chrome to remove from raw captures) as data: the default list in
 * `content/boilerplate.yaml` plus each article's own additions.
 */
import { z } from 'zod';
import { BoilerplateRule } from '../../core/schema.ts';
import { ContentError } from '../content-error.ts';
import { parseYaml } from './yaml-source.ts';

export interface CompiledRule {
  kind: 'drop' | 'cutFrom';
  pattern: RegExp;
}

export function compileRules(rules: readonly BoilerplateRule[], file: string, line?: number): CompiledRule[] {
  return rules.map((rule) => {
    const [kind, source] = 'drop' in rule ? (['drop', rule.drop] as const) : (['cutFrom', rule.cutFrom] as const);
    try {
      return { kind, pattern: new RegExp(source, 'u') };
    } catch (error) {
      throw new ContentError(file, line, `boilerplate rule /${source}/ is not a valid regular expression: ${(error as Error).message}`, "quote the pattern in single quotes in YAML ('^a\\.b$' keeps its backslashes) and check that brackets and parentheses are closed; a literal ( [ . * + ? needs a backslash before it");
    }
  });
}

export function parseDefaultRules(text: string, file: string): CompiledRule[] {
  return compileRules(parseYaml(text, z.array(BoilerplateRule), file), file);
}

/**
 * Removes boilerplate lines. A dropped line becomes blank so the blocks around it stay apart;
 * a `cutFrom` line ends the text.
 */
export function removeBoilerplate(lines: readonly string[], rules: readonly CompiledRule[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    const rule = trimmed === '' ? undefined : rules.find((r) => r.pattern.test(trimmed));
    if (rule?.kind === 'cutFrom') break;
    kept.push(rule ? '' : line);
  }
  return kept;
}
