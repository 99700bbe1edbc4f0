/**
 * Normalising text for search, shared by the index side (search-forms.ts) and the browser's
 * search page, so it stays free of dictionaries.
 */

/** Lower case, tone marks removed, full-width and other compatibility forms folded (ＡＩ → ai, ２０２５ → 2025); ü kept (variants are added by {@link umlautVariants}). */
export function toneless(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/u\u0308/g, 'ü')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** Pinyin as plain letters, for sorting: "Guówùyuàn" → "guowuyuan", "lǜsè" → "luse". */
export function tonelessPinyin(pinyin: string): string {
  return toneless(pinyin).replaceAll('ü', 'u').replace(/[^a-z]/g, '');
}

/** How people type ü without a Chinese keyboard: v (IME convention) and plain u. */
export function umlautVariants(form: string): string[] {
  return form.includes('ü') ? [form, form.replaceAll('ü', 'v'), form.replaceAll('ü', 'u')] : [form];
}

/** A name as one token: "Government informatization" → governmentinformatization. */
export function asOneWord(name: string): string {
  return toneless(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A run of words joined from each word but the last on, at most `most` words at a time:
 * [shuzi, zhengfu, jianshe] → shuzizhengfujianshe, zhengfujianshe. A phrase typed word by word is
 * then one form starting where its first word does.
 */
export function joinedFromEachWord(words: readonly string[], most: number): string[] {
  return words.slice(0, -1).map((_, start) => words.slice(start, start + most).join(''));
}

/** Quotation marks a reader may type or a page may print around words: English, German, French, Chinese. */
export const QUOTATION_MARKS = /["“”„«»「」『』]/gu;
