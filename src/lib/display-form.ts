/**
 * How Chinese text is shown: full-width Latin letters, digits and a few signs (中国制造２０２５, 互联网＋)
 * in their ordinary form (NFKC of those characters only). The stored form stays in content/ and
 * in what search matches.
 */
/** Letters, digits and the signs that read as part of a name; full-width punctuation (，：) is Chinese punctuation and stays. */
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋＆＃％＠]/g;

export const displayForm = (text: string) => text.replace(FULL_WIDTH, (char) => char.normalize('NFKC'));

/** The stored form, for `data-stored`, when it is shown otherwise: the article script reads it (ruby and traditional forms are keyed by it). */
export const storedIfShownOtherwise = (text: string) => (displayForm(text) === text ? undefined : text);
