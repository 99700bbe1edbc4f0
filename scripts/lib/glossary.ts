/**
 * Loads the glossary: one YAML file per term in `content/glossary/`, the id being the file name.
 */
import { ContentError, ContentErrors, collectErrors } from './content-error.ts';
import { GlossaryEntry, isSlug } from './schema.ts';
import { parseYaml } from './yaml-source.ts';

export interface GlossaryFile {
  file: string;
  text: string;
}

/** A glossary entry's id: its file name without `.yaml` (or `.yml`). */
export const glossaryId = (file: string) => (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');

export function parseGlossaryEntry({ file, text }: GlossaryFile): GlossaryEntry {
  const id = glossaryId(file);
  if (!isSlug(id)) throw new ContentError(file, undefined, `glossary id "${id}" is not a slug`, 'name the file in lower-case words joined by hyphens');
  return { id, ...parseYaml(text, GlossaryEntry, file) };
}

/** Entries parsed from some of the glossary's files, and the problems found in them, in file order. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  errors: ContentError[];
}

/** Parses `files` (all of the glossary or a share of it, for another thread), collecting every problem. */
export function parseGlossaryFiles(files: readonly GlossaryFile[]): ParsedGlossary {
  const errors: ContentError[] = [];
  const entries = files.flatMap((file) => collectErrors(errors, () => parseGlossaryEntry(file)) ?? []);
  return { entries, errors };
}

/** The glossary from its parsed shares (in file order): sorted by id, or all their problems thrown together. */
export function joinGlossary(shares: readonly ParsedGlossary[]): GlossaryEntry[] {
  const errors = shares.flatMap((share) => share.errors);
  if (errors.length > 0) throw new ContentErrors(errors);
  return shares.flatMap((share) => share.entries).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Parses every entry; all problems are reported together. What spans entries (related ids,
 * duplicate surface forms) is checked by the content lint, which knows the lines.
 */
export function loadGlossary(files: readonly GlossaryFile[]): GlossaryEntry[] {
  return joinGlossary([parseGlossaryFiles(files)]);
}
