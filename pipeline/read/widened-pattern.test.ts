/** A rule's Unicode properties widened to any character (widened-pattern.ts): a superset, or none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { parseDefaultRules } from './boilerplate-rules.ts';
import { widenProperties } from './widened-pattern.ts';

describe('widened patterns', () => {
  it('read each property as any character, inside a class and out, and leave escaped backslashes and POSIX classes alone', () => {
    expect(widenProperties("^\\(?\\p{Lu}[\\p{L}.'’ ]{1,40}\\)$")).toBe("^\\(?(?s:.)[\\x{0}-\\x{10FFFF}.'’ ]{1,40}\\)$");
    expect(widenProperties('^\\pL+ \\P{Han}$')).toBe('^(?s:.)+ (?s:.)$');
    expect(widenProperties('^a\\\\p{L}$')).toBe('^a\\\\p{L}$');
    expect(widenProperties('^[]\\p{N}[:alpha:]x]+$')).toBe('^[]\\x{0}-\\x{10FFFF}[:alpha:]x]+$');
  });

  it('give none for a property in a negated class, where any character would match less', () => {
    expect(widenProperties('^[^\\p{L}]+$')).toBeUndefined();
  });

  it('match every line the default rules with a property drop, in the fixtures\' words and others', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const rules = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml').filter((rule) => /\\[pP]/u.test(rule.source));
    expect(rules.length).toBeGreaterThan(0);
    const lines = readFileSync(path.join(root, 'pipeline/parse/capture-fixtures.test.ts'), 'utf8').split('\n').flatMap((line) => [...line.matchAll(/'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1].replace(/\\'/gu, "'")));
    lines.push('Home> Jiaxing', 'Xinhua) 09:48, October 29, 2022', 'Reed Smith In-depth', 'Ünïcödé Ĺetters Þ', '中文 标题');
    for (const rule of rules) {
      const original = RE2JS.compile(rule.source);
      const widened = RE2JS.compile(widenProperties(rule.source)!);
      for (const line of lines) if (original.test(line)) expect(widened.test(line), `${rule.source} on ${line}`).toBe(true);
    }
  });
});
