/**
 * A boilerplate rule widened: each Unicode property read as any character and each count left
 * without its upper bound. The pattern then matches every line the rule matches (and a few more),
 * in a program that compiles quickly and whose DFA stays small, so one pass of the widened rules,
 * joined, rules out most lines before any rule runs as written (boilerplate-rules.ts).
 */

/** `\p{Lu}`, `\pL`, `\P{Han}` … as written, from a backslash. */
const PROPERTY = /^\\[pP](?:\{[^}]*\}|[A-Za-z])/u;
const ANY_IN_CLASS = '\\x{0}-\\x{10FFFF}';
const ANY = '(?s:.)';
/** A counted repetition, `{2}`, `{0,150}`, `{3,}`: as RE2 reads one (anything else with a brace is literal). */
const COUNT = /^\{(\d+)(?:,\d*)?\}/u;

/**
 * `source` with each Unicode property widened to any character and `{m,n}` to `{m,}`, or undefined
 * where that would not give a superset: a property inside a negated class (`[^\p{L}]`).
 */
export function widenPattern(source: string): string | undefined {
  let out = '';
  let inClass = false;
  let negated = false;
  for (let index = 0; index < source.length; index++) {
    const rest = source.slice(index, index + 24);
    const property = PROPERTY.exec(rest)?.[0];
    const count = inClass ? undefined : COUNT.exec(rest);
    if (count) {
      // No upper bound is a superset, and keeps the program small: `.{0,150}` compiles to 150 states.
      out += `{${count[1]},}`;
      index += count[0].length - 1;
    } else if (property) {
      if (inClass && negated) return undefined;
      out += inClass ? ANY_IN_CLASS : ANY;
      index += property.length - 1;
    } else if (source[index] === '\\') {
      // `\x{2014}` is one character, whose braces are no count.
      const escape = /^\\x\{[\dA-Fa-f]*\}/u.exec(rest)?.[0] ?? source.slice(index, index + 2);
      out += escape;
      index += escape.length - 1;
    } else if (inClass && rest.startsWith('[:')) {
      // A POSIX class inside a class ("[[:alpha:]x]") is copied whole.
      const end = source.indexOf(':]', index + 2);
      if (end < 0) return undefined;
      out += source.slice(index, end + 2);
      index = end + 1;
    } else if (!inClass && source[index] === '[') {
      inClass = true;
      negated = source[index + 1] === '^';
      const opening = negated ? '[^' : '[';
      // A "]" first in a class is itself.
      const literal = source[index + opening.length] === ']' ? ']' : '';
      out += opening + literal;
      index += opening.length - 1 + literal.length;
    } else {
      if (inClass && source[index] === ']') inClass = false;
      out += source[index];
    }
  }
  return out;
}
