/** The words of `text` as a slug spells them: accents and apostrophes dropped ("China’s" → chinas), lower case, ASCII letters and digits only. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
