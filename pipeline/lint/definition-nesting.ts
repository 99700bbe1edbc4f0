/**
 * A definition is Markdown the site renders on the term page: nested too deep, it would overflow
 * the renderer's stack as an article would (pipeline/transform/nesting-limit.ts).
 */
import type { GlossaryEntry } from '../../core/schema.ts';
import type { ContentError } from '../content-error.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { DEEP_LINE_FIX, deepLine, deepLineProblem, MAX_NESTING, NESTING_FIX, NESTING_PROBLEM, tooDeep } from '../transform/nesting-limit.ts';
import type { Placer } from './matching-lint.ts';

/** Each level of nesting needs a marker (> - + * _ ~ [ or a digit), so a definition with fewer needs no parse. */
const MARKERS = /[>\-+*_~[\d]/g;

export function deepDefinitions(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  return entries.flatMap((entry) => {
    if ((entry.definition.match(MARKERS)?.length ?? 0) < MAX_NESTING) return [];
    const deep = deepLine(entry.definition);
    if (deep) return [at(entry, ['definition'], `definition: ${deepLineProblem(deep.levels)}`, DEEP_LINE_FIX)];
    return tooDeep(parseMarkdown(entry.definition)) ? [at(entry, ['definition'], `definition: ${NESTING_PROBLEM}`, NESTING_FIX)] : [];
  });
}
