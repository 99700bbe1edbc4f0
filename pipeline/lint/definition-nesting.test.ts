/** The lint refuses a definition nested deeper than the site renders, as the build refuses such an article. */
import { expect, it } from 'vitest';
import { ContentError } from '../content-error.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';
import { deepDefinitions } from './definition-nesting.ts';

const at = (entry: { id: string }, _path: (string | number)[], message: string, hint?: string) => new ContentError(`glossary/${entry.id}.yaml`, 9, message, hint);
const entry = (id: string, definition: string) => ({ ...testEntry(id, '数据', ['data x'], 'concept'), definition });

it('names a definition nested thousands of levels deep, and passes ordinary ones full of dates and dashes', () => {
  const errors = deepDefinitions([entry('deep', `${'>'.repeat(5000)} x`), entry('deeper-than-rendered', `${'>'.repeat(60)} x`), entry('dated', `Adopted 2016-11-07 - in force 2017-06-01 - revised 2025; ${'1-2-3 '.repeat(30)}`)], at);
  expect(errors.map((error) => error.format())).toEqual([
    'glossary/deep.yaml:9: definition: this line opens up to 5000 quotes and list items (or is indented as deep), more than the site renders (50 levels) — flatten the quote or list there, or remove the spaces before the line',
    'glossary/deeper-than-rendered.yaml:9: definition: the text is nested more than 50 levels deep (quotes, lists or emphasis within each other) — flatten the quote or list there: the site renders at most 50 levels',
  ]);
});
