/**
 * zod's validation issues in an editor's words: what is wrong with which field, and how to fix it
 * ("title: missing — add a title: line", not "Invalid input: expected string, received undefined").
 */
import type { z } from 'zod';

export interface PlainMessage {
  message: string;
  hint?: string;
}

const KIND: Record<string, string> = { string: 'text', array: 'a list', number: 'a number', int: 'a whole number', object: 'a group of fields', boolean: 'true or false' };

/** Fields whose values are regular expressions or hanzi, which YAML may read as something else unless quoted. */
const PATTERN_FIELDS = new Set(['drop', 'cutFrom']);

const hintFor = (key: string, expected: string): string => {
  if (PATTERN_FIELDS.has(key)) return `quote the pattern in YAML, e.g. ${key}: '^Sponsored$' (single quotes keep backslashes as they are)`;
  if (expected === 'array') return `write it as a list: ${key}: [first, second], or one "- item" per line below it`;
  // YAML reads published: 2024 as a number.
  if (expected === 'string' && key === 'published') return 'write the date in quotes, e.g. published: "2024"';
  if (expected === 'string') return `write text after "${key}:"; quote it if it starts with [ { * & ! | > ' " % @ or a backquote`;
  if (expected === 'boolean') return `write ${key}: true or ${key}: false`;
  return `check the value of ${key}`;
};

/**
 * `present`: whether the document has a value at the issue's path (a missing field and a field of
 * the wrong type are both "invalid_type" to zod). `fields`: the fields an object may have, for unknown keys.
 */
export function plainIssue(issue: z.core.$ZodIssue, present: boolean, fields: readonly string[] = []): PlainMessage {
  const key = String(issue.path.at(-1) ?? '');
  // A message the schema wrote itself ("is missing: add url: https://…") already says what to do.
  if (!ZOD_WORDING.test(issue.message)) return { message: issue.message, hint: fieldHint(key, issue.message) };
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return { message: 'missing', hint: `add a ${key}: line` };
      return { message: `should be ${KIND[issue.expected] ?? issue.expected}`, hint: hintFor(key, issue.expected) };
    case 'too_small':
      if (issue.origin === 'array') return { message: `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`, hint: `add ${issue.minimum === 1 ? 'one' : 'more'} under ${key}:` };
      if (Number(issue.minimum) <= 1) return { message: 'is empty', hint: `write a value after "${key}:", or remove the line if the field is optional` };
      return { message: `is too short: at least ${issue.minimum} characters`, hint: 'write it out in full' };
    case 'too_big':
      return { message: `is too long: at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'}`, hint: key === 'summary' ? 'keep the summary to one line; the definition holds the rest' : 'shorten it' };
    case 'unrecognized_keys':
      return { message: 'unknown field', hint: `remove it or correct its spelling${fields.length > 0 ? `; the fields are ${fields.join(', ')}` : ''}` };
    case 'invalid_value':
      return { message: `is not one of ${issue.values.map(String).join(', ')}`, hint: 'use one of them' };
    case 'invalid_union':
      return PATTERN_FIELDS.has(key) || issue.path.at(-2) === 'boilerplate' || key === ''
        ? { message: 'is not a rule', hint: "write each rule as - drop: '<pattern>' or - cutFrom: '<pattern>'" }
        : { message: 'is not valid here', hint: 'see the example in the README' };
    default:
      return { message: issue.message, hint: fieldHint(key, issue.message) };
  }
}

/** zod's own messages, which speak of types and inputs; the schema's custom ones do not start so. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

/** A fix for a message the schema wrote itself, by field and by what the message says. */
function fieldHint(key: string, message: string): string | undefined {
  if (message.startsWith('is not a real calendar date')) return 'check the month (01–12) and that the day exists in that month';
  if (message.startsWith('must be an ISO date')) return key === 'published' ? 'write it in quotes as YYYY-MM-DD, YYYY-MM or YYYY, e.g. published: "2024-03-05"' : 'write it as YYYY-MM-DD, YYYY-MM or YYYY';
  if (key === 'url') return 'give the full address, starting with https://';
  if (key === 'hanzi') return 'write the term in simplified hanzi alone, e.g. hanzi: 数据要素';
  return undefined;
}
