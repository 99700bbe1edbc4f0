/**
 * Parses YAML written by people and validates it with a zod schema, mapping every problem
 * (syntax or schema) back to the line it is on.
 */
import { LineCounter, parseDocument, isAlias, isMap, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, ContentErrors } from '../content-error.ts';
import { checkNoControls } from './control-characters.ts';
import { plainIssue } from './plain-messages.ts';

/** What to do about the YAML mistakes an editor makes most, by the parser's error code. */
const HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'a field is written twice: keep one of the two lines',
  BAD_INDENT: 'start this line with as many spaces as the lines of its level above it (a list item as the items before it)',
};

/**
 * @param text YAML source
 * @param file path shown in errors
 * @param firstLine line of `text`'s first line within `file` (front matter starts after `---`)
 */
export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string, firstLine = 1): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  // The parser may report one mistake twice at one place ("a: b: c"): each line and message is listed once.
  const seen = new Set<string>();
  // A line indented wrong breaks the rest of it too: its indentation is the one fix to name there.
  const misindented = new Set(doc.errors.filter((error) => error.code === 'BAD_INDENT').map((error) => lineAt(error.pos[0])));
  const problems: ContentError[] = doc.errors.flatMap((error) => {
    const line = lineAt(error.pos[0]);
    const message = `invalid YAML: ${error.message.split('\n')[0]}`;
    if (seen.has(`${line}:${message}`) || (misindented.has(line) && error.code !== 'BAD_INDENT')) return [];
    seen.add(`${line}:${message}`);
    const hint = HINTS[error.code] ?? 'quote a value that holds ": ", " #" or starts with [ { * & ! | > \' " % @ or a backquote, and indent nested lines with spaces';
    return [new ContentError(file, line, message, hint)];
  });
  if (/^\t/m.test(text)) {
    const line = text.split('\n').findIndex((l) => l.startsWith('\t'));
    problems.push(new ContentError(file, line + firstLine, 'YAML indented with a tab', 'indent with spaces'));
  }
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      try {
        checkNoControls(node.value, file, lineAt(node.range?.[0] ?? 0), true);
      } catch (error) {
        problems.push(error as ContentError);
      }
    },
    Alias(_key, node) {
      if (isAlias(node)) {
        problems.push(
          new ContentError(file, lineAt(node.range?.[0] ?? 0), 'YAML anchors and aliases are not allowed', 'write the value out'),
        );
      }
    },
  });
  if (problems.length > 0) throw problems.length === 1 ? problems[0] : new ContentErrors(problems);

  const data = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      // An unknown key has no path of its own: point at the (first) key itself.
      const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      const offset = nearestOffset(doc, where as (string | number)[]);
      const line = offset === undefined ? firstLine : lineAt(offset);
      const field = where.length > 0 ? where.join('.') : '(document)';
      const { message, hint } = plainIssue(issue, valueAt(data, issue.path) !== undefined, fieldsOf(schema, issue.path));
      return new ContentError(file, line, `${field}: ${message}`, issue.code === 'unrecognized_keys' && splitByComma(doc, issue.path as (string | number)[], issue.keys[0]) ? COMMA_IN_BRACES : hint);
    }),
  );
}

const COMMA_IN_BRACES = 'inside { } a comma ends a value: put the value before it in quotes (title: "Law, Part 1")';

/** Whether `key` is the rest of a value split off by a comma in `{ }`: a key with no value in a flow map. */
function splitByComma(doc: Document, path: readonly (string | number)[], key: string): boolean {
  const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  return isMap(map) && map.flow === true && map.has(key) && map.get(key) == null;
}

/** The value at `path` in parsed YAML, if any. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The field names an object schema allows, for the top level only (enough for "did you mean"). */
function fieldsOf(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return path.length === 0 && shape ? Object.keys(shape) : [];
}

/** Where the node at `path` (`['aliases', 2]`) starts in the source, if the document has it. */
function nodeOffset(doc: Document, path: readonly (string | number)[]): number | undefined {
  return (doc.getIn(path, true) as { range?: [number, number, number] } | undefined)?.range?.[0];
}

/** Where the node at `path` starts, else its nearest enclosing node (a missing field's object). */
function nearestOffset(doc: Document, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const offset = nodeOffset(doc, path.slice(0, depth));
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/**
 * Finds the line of a field (`['aliases', 2]`) in one YAML source: the field's own line, else its
 * nearest enclosing field's, else line 1.
 */
export function fieldLocator(text: string): (path: readonly (string | number)[]) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    const offset = nearestOffset(doc, path);
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
}
