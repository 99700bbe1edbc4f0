/**
 * A rule with a Unicode property (`\p{Lu}`) runs on its own (boilerplate-rules.ts), so every line
 * not dropped by the joined rules went through each such rule in turn. Widened, the property reads
 * as any character: the pattern then matches every line the rule matches (and some more), in a
 * program whose DFA stays small, so one pass over the widened patterns, joined, rules out most
 * lines before any rule runs on its own.
 */

/** `\p{Lu}`, `\pL`, `\P{Han}` … as written, from a backslash. */
const PROPERTY = /^\\[pP](?:\{[^}]*\}|[A-Za-z])/u;
const ANY_IN_CLASS = '\\x{0}-\\x{10FFFF}';
const ANY = '(?s:.)';

/**
 * `source` with each Unicode property widened to any character, or undefined where that would not
 * give a superset: a property inside a negated class (`[^\p{L}]`).
 */
export function widenProperties(source: string): string | undefined {
  let out = '';
  let inClass = false;
  let negated = false;
  for (let index = 0; index < source.length; index++) {
    const rest = source.slice(index, index + 24);
    const property = PROPERTY.exec(rest)?.[0];
    if (property) {
      if (inClass && negated) return undefined;
      out += inClass ? ANY_IN_CLASS : ANY;
      index += property.length - 1;
    } else if (source[index] === '\\') {
      out += source.slice(index, index + 2);
      index++;
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
