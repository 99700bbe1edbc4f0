/** The glossary's relations in both directions (core/relations.ts), worked out once per build. */
import { relationsByEntry, type TermLink } from '../../core/relations.ts';
import { getCorpus } from './corpus';

let cached: Promise<Map<string, TermLink[]>> | undefined;
export function getTermLinks(): Promise<Map<string, TermLink[]>> {
  if (import.meta.env.DEV) return getCorpus().then(({ glossary }) => relationsByEntry(glossary));
  cached ??= getCorpus().then(({ glossary }) => relationsByEntry(glossary));
  return cached;
}
