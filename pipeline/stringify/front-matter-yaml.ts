/**
 * The generated article's front matter as YAML: the same bytes as the yaml package writes with
 * these options, written directly for what front matter holds (strings with nothing JSON would
 * escape, lists of them, whole numbers). Anything else goes to the package, whose general
 * stringifier took a sixth of the MDX serialiser's time.
 */
import { stringify } from 'yaml';

const OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Keys the package writes plain and unchanged; `null`, `true` and `false` it would have to quote. */
const PLAIN_KEY = /^[a-z][A-Za-z]*$/;
const RESERVED_KEYS = new Set(['null', 'true', 'false']);

/** A string as the package double-quotes it when JSON needs no escape in it (then it has none of its own either). */
function quoted(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const json = JSON.stringify(value);
  return json.includes('\\') ? undefined : json;
}

/** The direct writing, or undefined as soon as a key or value is one it does not cover. */
function direct(data: Record<string, unknown>): string | undefined {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    // The package leaves out undefined values.
    if (value === undefined) continue;
    if (!PLAIN_KEY.test(key) || RESERVED_KEYS.has(key)) return undefined;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
      lines.push(`${key}: ${value}`);
    } else if (Array.isArray(value)) {
      lines.push(value.length === 0 ? `${key}: []` : `${key}:`);
      for (const item of value) {
        const text = quoted(item);
        if (text === undefined) return undefined;
        lines.push(`  - ${text}`);
      }
    } else {
      const text = quoted(value);
      if (text === undefined) return undefined;
      lines.push(`${key}: ${text}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : undefined;
}

/** `data` as YAML: keys plain, strings double-quoted, no line folding. */
export function frontMatterYaml(data: Record<string, unknown>): string {
  return direct(data) ?? stringify(data, OPTIONS);
}
