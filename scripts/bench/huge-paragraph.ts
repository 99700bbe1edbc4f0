/**
 * A hostile one-line paragraph of a given length: terms, hanzi, MDX and Markdown syntax and plain
 * words from a fixed pseudo-random sequence, so runs are comparable. Used by the hostile-input test
 * (2 MB) and the big-input benchmark (several sizes).
 */
const WORDS = ['The', 'CAC', 'and', 'quality', '{x}', '<b>', '`code`', 'data', 'market', '高质量发展', 'is', 'a', 'plan', '*stars*', 'import', '<script>', '[1]', 'growth.'];

export function hugeParagraph(length = 2_000_000): string {
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < length; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = WORDS[(seed >>> 16) % WORDS.length]; // the low bits of this generator cycle too soon
    parts.push(word);
    size += word.length + 1;
  }
  return `${parts.join(' ')} end.`;
}
