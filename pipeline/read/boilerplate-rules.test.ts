/** Boilerplate rules as an editor writes them: what they remove, how fast, and what a bad one says. */
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../content-error.ts';
import { readSource } from './article-source.ts';
import { compileRules, matchingRule, removeBoilerplate } from './boilerplate-rules.ts';

const compiled = (...sources: string[]) => compileRules(sources.map((drop) => ({ drop })), 'content/boilerplate.yaml', 1);
/** One list of rules, as the defaults alone are. */
const rules = (...sources: string[]) => [compiled(...sources)];

function problems(boilerplate: string): string[] {
  try {
    readSource('content/articles/2024-x.txt', `---\ntitle: T\npublisher: P\npublished: "2024"\nsummary: S\nboilerplate:\n${boilerplate}\n---\nBody text.\n`);
  } catch (error) {
    return (error instanceof ContentErrors ? error.errors : [error as never]).map((e: { format(): string }) => e.format());
  }
  return [];
}

describe('boilerplate rules', () => {
  it('decide at once a line that a backtracking engine takes exponential time on', () => {
    // JavaScript's own engine needs over a minute for this line, and four times longer per two more letters.
    const line = `${'a'.repeat(34)}!`;
    expect(removeBoilerplate(['Menu', line], rules('^Menu$', '^(\\w+\\s?)+$'))).toEqual(['', line]);
    expect(matchingRule(rules('^(\\w+\\s?)+$'), 'a'.repeat(100_000))?.id).toBe('drop: ^(\\w+\\s?)+$');
  });

  it('apply the first rule that matches, and read any kind of space as a space', () => {
    const list = rules('^Share$', '^Share( this)?$', '^Skip to content$', '^Reading\\s+time$');
    expect(matchingRule(list, 'Share')?.id).toBe('drop: ^Share$');
    expect(matchingRule(list, 'Share this')?.id).toBe('drop: ^Share( this)?$');
    expect(matchingRule(list, 'Skip\u00a0to content')?.id).toBe('drop: ^Skip to content$');
    expect(matchingRule(list, 'Reading\u3000time')?.id).toBe('drop: ^Reading\\s+time$');
    expect(matchingRule(list, 'Sharing economy')).toBeUndefined();
  });

  it('apply a rule written with a Unicode property (\\p{Lu}) in its place among the others', () => {
    const list = rules('^\\p{Lu}\\w+ Logo$', '^Acme Logo$', '^Menu$', 'Ünï \\p{L}+$');
    expect(matchingRule(list, 'Acme Logo')?.id).toBe('drop: ^\\p{Lu}\\w+ Logo$');
    expect(matchingRule(list, 'Über Logo')?.id).toBe('drop: ^\\p{Lu}\\w+ Logo$');
    expect(matchingRule(list, 'Menu')?.id).toBe('drop: ^Menu$');
    expect(matchingRule(list, 'a line ending Ünï wörds')?.id).toBe('drop: Ünï \\p{L}+$');
    expect(matchingRule(list, 'acme logo')).toBeUndefined();
  });

  it('try the default list before an article\'s own, and an article\'s rule where no default matches', () => {
    const defaults = compiled('^Share$', '^Menu$');
    const own = compiled('^Share|Print$', '^Subscribe to .+$');
    expect(matchingRule([defaults, own], 'Share')?.id).toBe('drop: ^Share$');
    expect(matchingRule([defaults, own], 'Share this')?.id).toBe('drop: ^Share|Print$');
    expect(matchingRule([defaults, own], 'Subscribe to the Brief')?.id).toBe('drop: ^Subscribe to .+$');
    expect(matchingRule([defaults, compiled('^Other$')], 'Subscribe to the Brief')).toBeUndefined();
  });

  it('match a rule written without ^ anywhere in the line, and one with ^ only at its start', () => {
    const list = rules('^Menu$', 'Sponsored content', '^Print|Advertisement$');
    expect(removeBoilerplate(['Main Menu', 'This is Sponsored content here', 'Print this', 'Big Advertisement', 'Not Print'], list)).toEqual(['Main Menu', '', '', '', 'Not Print']);
  });

  it('still apply rules that cannot be joined into one pattern (two groups of one name)', () => {
    const list = rules('^(?P<x>Menu)$', '^(?P<x>Print)$');
    expect(removeBoilerplate(['Menu', 'Body.', 'Print'], list)).toEqual(['', 'Body.', '']);
  });

  it('report an article\'s bad rule at its own line, with the fix for a JavaScript-only feature', () => {
    expect(problems("  - drop: '^Menu$'\n  - drop: '^(?=Ad)'")).toEqual([
      expect.stringMatching(/^content\/articles\/2024-x\.txt:8: boilerplate rule \/\^\(\?=Ad\)\/ is not a pattern the rules accept: .* — rules run in linear time \(RE2 syntax\), which has no look-ahead/),
    ]);
    expect(problems("  - cutFrom: '^\\p{Script=Han}+$'")).toEqual([expect.stringMatching(/:7: .* write a character as \\x\{4e00\} \(not \\u4e00\) and a script as \\p\{Han\}/)]);
    expect(problems("  - drop: '^(Sponsored$'")).toEqual([expect.stringMatching(/:7: .*missing closing \).* — quote the pattern in single quotes in YAML/)]);
  });
});
