/** A paragraph of about `size` characters (2 MB by default) on one line: hostile characters, terms and plain words from a fixed sequence (same text every run). */
export function hugeParagraph(size = 2_000_000): string {
  const words = ['The', 'CAC', 'and', 'quality', '{x}', '<b>', '`code`', 'data', 'market', '高质量发展', 'is', 'a', 'plan', '*stars*', 'import', '<script>', '[1]', 'growth.'];
  const parts: string[] = [];
  let length = 0;
  for (let seed = 1; length < size; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = words[(seed >>> 16) % words.length]; // the low bits of this generator cycle too soon
    parts.push(word);
    length += word.length + 1;
  }
  return `${parts.join(' ')} end.`;
}
