/** The lint refuses a definition that links to a script address, as the build refuses such an article. */
import { expect, it } from 'vitest';
import { ContentError } from '../content-error.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';
import { unsafeDefinitionLinks } from './definition-links.ts';

const at = (entry: { id: string }, path: (string | number)[], message: string, hint?: string) => new ContentError(`glossary/${entry.id}.yaml`, 9, message, hint);

it('names the scheme of each unsafe link, image and reference in a definition, and passes web, mail and site links', () => {
  const entry = (id: string, definition: string) => ({ ...testEntry(id, '数据', ['data x'], 'concept'), definition });
  const errors = unsafeDefinitionLinks(
    [
      entry('bad', 'See [x](javascript:alert(1)) and ![p](vbscript:y).\n\n[r]: data:text/html,z'),
      entry('good', 'See [the law](https://example.org), [mail](mailto:a@example.org), [a term](/glossary/big-data/) and a colon: here.'),
    ],
    at,
  );
  expect(errors.map((error) => error.format())).toEqual([
    'glossary/bad.yaml:9: definition links to a javascript: address (javascript:alert(1)) — link to an http(s) or mailto: address, or write the address as text',
    'glossary/bad.yaml:9: definition links to a vbscript: address (vbscript:y) — link to an http(s) or mailto: address, or write the address as text',
    'glossary/bad.yaml:9: definition links to a data: address (data:text/html,z) — link to an http(s) or mailto: address, or write the address as text',
  ]);
});
