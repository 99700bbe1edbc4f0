/**
 * An English alias's other grammatical number, so that an article's "five-year plans" finds the
 * alias "five-year plan" and its "new development concept" the alias "new development concepts".
 * Only the last word changes, by the regular English rules; words whose final s is not a plural
 * ending ("process", "status", "analysis", "economics", "news") keep their number.
 */

/** Endings of words that end in s without being plurals. */
const NOT_PLURAL = /(?:ss|us|is|ics|as|news|series|species)$/u;
/** After these a plural takes -es: tax → taxes, approach → approaches. */
const SIBILANT = /(?:s|x|z|ch|sh)$/u;

function otherNumber(word: string): string | undefined {
  if (word.endsWith('s')) {
    if (NOT_PLURAL.test(word)) return undefined;
    if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
    if (word.endsWith('es') && SIBILANT.test(word.slice(0, -2))) return word.slice(0, -2);
    return word.slice(0, -1);
  }
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  return SIBILANT.test(word) ? `${word}es` : `${word}s`;
}

/**
 * The alias with its last word in the other number, in lower case (the variant of an alias that
 * matches in any case); undefined when that word is not a plain word of three letters or more.
 */
export function numberVariant(alias: string): string | undefined {
  const match = /(?<=^|[\s-])([A-Za-z]{3,})$/u.exec(alias);
  if (!match) return undefined;
  const other = otherNumber(match[1].toLowerCase());
  return other === undefined ? undefined : alias.slice(0, match.index) + other;
}
