/** A rule widened (widened-pattern.ts): properties as any character, counts unbounded; a superset, or none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { parseDefaultRules } from './boilerplate-rules.ts';
import { widenPattern } from './widened-pattern.ts';

describe('widened patterns', () => {
  it('read each property as any character, inside a class and out, and leave escaped backslashes and POSIX classes alone', () => {
    expect(widenPattern("^\\(?\\p{Lu}[\\p{L}.'’ ]{1,40}\\)$")).toBe("^\\(?(?s:.)[\\x{0}-\\x{10FFFF}.'’ ]{1,}\\)$");
    expect(widenPattern('^\\pL+ \\P{Han}$')).toBe('^(?s:.)+ (?s:.)$');
    expect(widenPattern('^a\\\\p{L}$')).toBe('^a\\\\p{L}$');
    expect(widenPattern('^[]\\p{N}[:alpha:]x]+$')).toBe('^[]\\x{0}-\\x{10FFFF}[:alpha:]x]+$');
  });

  it('drop each count\'s upper bound but keep its least, and leave braces that are no count alone', () => {
    expect(widenPattern('^More\\s?>>.{0,150}$')).toBe('^More\\s?>>.{0,}$');
    expect(widenPattern('^[^<>]{1,40}(?:>[^<>]{1,40}){2,}$')).toBe('^[^<>]{1,}(?:>[^<>]{1,}){2,}$');
    expect(widenPattern('^\\d{4}-\\d{2}$')).toBe('^\\d{4,}-\\d{2,}$');
    expect(widenPattern('^\\x{2014}{2}[{3}]\\{5\\}$')).toBe('^\\x{2014}{2,}[{3}]\\{5\\}$');
  });

  it('give none for a property in a negated class, where any character would match less', () => {
    expect(widenPattern('^[^\\p{L}]+$')).toBeUndefined();
  });

  it('match every line the default rules drop, in the fixtures\' words and others', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const rules = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');
    expect(rules.length).toBeGreaterThan(0);
    const lines = readFileSync(path.join(root, 'pipeline/parse/capture-fixtures.test.ts'), 'utf8').split('\n').flatMap((line) => [...line.matchAll(/'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1].replace(/\\'/gu, "'")));
    lines.push('Home> Jiaxing', 'Xinhua) 09:48, October 29, 2022', 'Reed Smith In-depth', 'Ünïcödé Ĺetters Þ', '中文 标题');
    for (const rule of rules) {
      const original = RE2JS.compile(rule.source);
      const widened = RE2JS.compile(widenPattern(rule.source)!);
      for (const line of lines) if (original.test(line)) expect(widened.test(line), `${rule.source} on ${line}`).toBe(true);
    }
  });
});
