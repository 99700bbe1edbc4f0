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

export function parseGlossaryEntry({ file, text }: GlossaryFile): GlossaryEntry {
  const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  if (!isSlug(id)) throw new ContentError(file, undefined, `glossary id "${id}" is not a slug`, 'name the file in lower-case words joined by hyphens');
  return { id, ...parseYaml(text, GlossaryEntry, file) };
}

/** Parses every entry and checks what spans entries; all problems are reported together. */
export function loadGlossary(files: readonly GlossaryFile[]): GlossaryEntry[] {
  const errors: ContentError[] = [];
  const entries = files.flatMap((file) => collectErrors(errors, () => parseGlossaryEntry(file)) ?? []);
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    for (const related of entry.related) {
      if (!ids.has(related)) errors.push(new ContentError(fileOf(files, entry.id), relatedLine(files, entry.id), `related id "${related}" does not exist`, 'name the file of another glossary entry, without .yaml'));
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const fileOf = (files: readonly GlossaryFile[], id: string) => files.find((f) => f.file.endsWith(`/${id}.yaml`) || f.file === `${id}.yaml`)?.file ?? `${id}.yaml`;

/** Line of the `related:` field, so a dangling id is reported at file:line. */
const relatedLine = (files: readonly GlossaryFile[], id: string) => {
  const index = (files.find((f) => f.file === fileOf(files, id))?.text ?? '').split('\n').findIndex((line) => /^related\s*:/.test(line));
  return index === -1 ? undefined : index + 1;
};
