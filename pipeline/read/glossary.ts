/**
 * Loads the glossary: one YAML file per term in `content/glossary/`, the id being the file name.
 */
import { byCodeUnits } from '../../core/order.ts';
import { GLOSSARY_PAGES } from '../../core/paths.ts';
import { ContentError, ContentErrors, collectErrors } from '../content-error.ts';
import { GlossaryEntry, isSlug } from '../../core/schema.ts';
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
  if (GLOSSARY_PAGES.includes(id)) throw new ContentError(file, undefined, `glossary id "${id}" is the address of the glossary's own ${id} page, so the term would have no page`, `rename the file, e.g. ${id}-term.yaml`);
  return { id, ...parseYaml(text, GlossaryEntry, file) };
}

/**
 * Parses every entry; all problems are reported together. What spans entries (related ids,
 * duplicate surface forms) is checked by the content lint, which knows the lines.
 */
export function loadGlossary(files: readonly GlossaryFile[]): GlossaryEntry[] {
  const errors: ContentError[] = [];
  const entries = files.flatMap((file) => collectErrors(errors, () => parseGlossaryEntry(file)) ?? []);
  if (errors.length > 0) throw new ContentErrors(errors);
  return entries.sort((a, b) => byCodeUnits(a.id, b.id));
}
