/**
 * Reading the content folder: the boilerplate rules, the articles and the glossary files, each
 * decoded as UTF-8 (a bad byte is reported with its line, together with every other problem).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE, shownPath } from '../../core/paths.ts';
import { ContentError } from '../content-error.ts';

export interface SourceFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  /** Set when the file cannot be read as content (not UTF-8; a name its folder's files do not have): reported with every other error, not thrown alone. */
  readError?: ContentError;
}

export interface CorpusInput {
  boilerplate: SourceFile;
  articles: readonly SourceFile[];
  glossary: readonly SourceFile[];
}

export interface CorpusLocation {
  /** Folder holding `articles/`, `glossary/` and `boilerplate.yaml`. */
  contentDir: string;
  /** Base for the paths shown in messages. */
  root?: string;
}

/**
 * Read synchronously: for many small files one blocking read each beats promises, and nothing else
 * waits on this thread. A file whose name does not end as the folder's files do (`.TXT`, `.markdown`)
 * is reported rather than passed over; hidden files (.DS_Store) are left alone.
 */
function readFolder(dir: string, { pattern, kind }: { pattern: RegExp; kind: string }, root: string): SourceFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const file = shownPath(root, path.join(dir, name));
      if (!pattern.test(name)) return { file, text: '', readError: new ContentError(file, undefined, 'not read: its name does not end as the folder\'s files do', `rename it: ${kind}`) };
      return decodeSource(file, readFileSync(path.join(dir, name)));
    });
}

const ARTICLES = { pattern: ARTICLE_FILE, kind: 'an article ends in .txt (a web capture) or .md (Markdown)' };
const GLOSSARY = { pattern: /\.ya?ml$/, kind: 'a glossary entry ends in .yaml' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes; invalid UTF-8 becomes an error naming the first bad line. */
export function decodeSource(file: string, bytes: Uint8Array): SourceFile {
  try {
    return { file, text: strictUtf8.decode(bytes) };
  } catch {
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
      try {
        strictUtf8.decode(bytes.subarray(start, end));
      } catch {
        break;
      }
      start = end + 1;
    }
    const readError = new ContentError(file, line, 'file is not valid UTF-8', 'save it with UTF-8 encoding');
    return { file, text: new TextDecoder('utf-8').decode(bytes), readError };
  }
}

export async function readCorpus({ contentDir, root = process.cwd() }: CorpusLocation): Promise<CorpusInput> {
  const boilerplateFile = path.join(contentDir, 'boilerplate.yaml');
  let boilerplateBytes: Buffer | undefined;
  try {
    boilerplateBytes = readFileSync(boilerplateFile);
  } catch {
    boilerplateBytes = undefined;
  }
  const boilerplate = boilerplateBytes
    ? decodeSource(shownPath(root, boilerplateFile), boilerplateBytes)
    : { file: shownPath(root, boilerplateFile), text: '', readError: new ContentError(shownPath(root, boilerplateFile), undefined, 'file is missing', 'create it with the default boilerplate rules (a YAML list, may be [])') };
  return {
    boilerplate,
    articles: readFolder(path.join(contentDir, 'articles'), ARTICLES, root),
    glossary: readFolder(path.join(contentDir, 'glossary'), GLOSSARY, root),
  };
}

