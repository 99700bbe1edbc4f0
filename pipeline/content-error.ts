/**
 * The one error type for problems in hand-edited content: it names the file, the line and a fix,
 * so an editor can act on it without reading code.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(file: string, line: number | undefined, message: string, hint?: string) {
    super(message);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }

  /** `file:line: message (hint)`, the format editors and IDEs recognise. */
  format(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `${where}: ${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }
}

/** Several content errors found in one run, reported together rather than one per run. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e.format()}`).join('\n')}`);
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/** Runs `task`, turning a thrown ContentError into an entry of `errors` and a `undefined` result. */
export function collectErrors<T>(errors: ContentError[], task: () => T): T | undefined {
  try {
    return task();
  } catch (error) {
    if (error instanceof ContentError) {
      errors.push(error);
      return undefined;
    }
    if (error instanceof ContentErrors) {
      errors.push(...error.errors);
      return undefined;
    }
    throw error;
  }
}

/** A ContentError as plain data, for what crosses a thread boundary or goes into the cache. */
export interface PlainError {
  file: string;
  line?: number;
  message: string;
  hint?: string;
}

export const plainError = ({ file, line, message, hint }: ContentError): PlainError => ({ file, line, message, hint });

export const revivedError = ({ file, line, message, hint }: PlainError): ContentError => new ContentError(file, line, message, hint);
