/**
 * A definition is Markdown the site renders as the term page's text: a link in it to anything but
 * a web or mail address or a place in the site is an error, as in a Markdown article
 * (core/link-addresses.ts; the site shows such a link as text). Read by the `.md` articles' parser.
 */
import { unsafeLinks } from '../../core/link-addresses.ts';
import type { GlossaryEntry } from '../../core/schema.ts';
import type { ContentError } from '../content-error.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import type { Placer } from './matching-lint.ts';

/** Only a definition with a `:` after a `]` or `(` can hold an address with a scheme: the others need no parse. */
const MAY_LINK = /[\](][^]*:/;

export function unsafeDefinitionLinks(entries: readonly GlossaryEntry[], at: Placer): ContentError[] {
  return entries.flatMap((entry) => {
    if (!MAY_LINK.test(entry.definition)) return [];
    return unsafeLinks(parseMarkdown(entry.definition)).map(({ node, scheme }) =>
      at(entry, ['definition'], `definition links to a ${scheme}: address (${node.url.length > 60 ? `${node.url.slice(0, 57)}…` : node.url})`, 'link to an http(s) or mailto: address, or write the address as text'),
    );
  });
}
