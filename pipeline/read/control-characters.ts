/**
 * Control characters are not text: a browser shows them as nothing or as a box, and one in a
 * title makes the RSS feed invalid XML. Word's line break (vertical tab) and a PDF's page break
 * (form feed) are line ends; any other control character fails its file at its line.
 */
import { ContentError } from '../content-error.ts';

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/u;

/** Vertical tab and form feed as line feeds (the rest of a text's normalisation is the caller's). */
export const breakLinesAtControls = (text: string) => text.replace(/[\v\f]/gu, '\n');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * @param firstLine the file line of `text`'s first line
 * @param value whether `text` is one parsed YAML value, whose columns are not the file's
 */
export function checkNoControls(text: string, file: string, firstLine = 1, value = false): void {
  const found = CONTROL.exec(text);
  if (!found) return;
  const before = text.slice(0, found.index);
  const where = value ? 'this value holds the' : `column ${found.index - before.lastIndexOf('\n')} holds the`;
  throw new ContentError(
    file,
    firstLine + before.split('\n').length - 1,
    `${where} invisible control character ${codePoint(found[0])}`,
    found[0] >= '\x80'
      ? 'delete it, or copy the text again: where … ’ or “ should be, the text went through another encoding on its way'
      : `delete it: it is not text (copies from terminals and some PDFs carry such characters${value ? '; in quotes, YAML also reads \\a or \\e as one' : ''})`,
  );
}
