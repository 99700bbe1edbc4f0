/**
 * Extra searchable forms of a glossary term, so that Pagefind finds it by partial hanzi and by
 * pinyin typed without tone marks or spaces.
 *
 * Why: the site's pages are lang="en", and Pagefind segments Chinese only in zh pages, so a run of
 * hanzi is indexed as one word and only its prefixes match (高质量 finds 高质量发展, 质量发展 does
 * not). Pinyin words are indexed as written (gāo zhìliàng fāzhǎn): nobody types "gaozhiliang".
 * The pages carry these forms as hidden, searchable metadata (src/components/SearchRecord.astro).
 */
import { pinyin as toPinyin } from 'pinyin-pro';
import { hasHan } from './chinese-text.ts';
import { traditional } from './script-forms.ts';
import type { GlossaryEntry } from './schema.ts';
import { asOneWord, toneless, umlautVariants } from './search-text.ts';

type TermNames = Pick<GlossaryEntry, 'hanzi' | 'traditional' | 'pinyin'>;

/** Every contiguous substring of at least two characters: a term page matches exactly whatever part of the name is typed. */
export function hanziSubstrings(hanzi: string): string[] {
  return joinedRuns([...hanzi]);
}

/** Every suffix of at least two characters, the whole included: with Pagefind's prefix matching, enough for any substring to match. */
export function hanziSuffixes(hanzi: string): string[] {
  const chars = [...hanzi];
  const out: string[] = [];
  for (let start = 0; start <= chars.length - 2; start++) out.push(chars.slice(start).join(''));
  return out;
}

/** The entry's pinyin words, toneless: "gāo zhìliàng fāzhǎn" → gao, zhiliang, fazhan. */
export function pinyinWords(pinyin: string): string[] {
  return toneless(pinyin)
    .split(/[\s\-'’·,]+/)
    .map((word) => word.replace(/[^a-zü]/g, ''))
    .filter(Boolean);
}

/** Every run of words that reaches the last one, written together: gaozhiliangfazhan, zhiliangfazhan, fazhan. With prefix matching, enough for any run of adjacent words to match. */
export function tailRuns(words: readonly string[]): string[] {
  return words.map((_, start) => words.slice(start).join(''));
}

/** Every run of adjacent words written together: gaozhiliang, zhiliangfazhan, gaozhiliangfazhan. */
export function joinedRuns(words: string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) out.push(words.slice(start, end).join(''));
  }
  return out;
}

/** One toneless syllable per character, from pinyin-pro (for people who type "gao zhi liang"). */
export function syllables(hanzi: string): string[] {
  return toPinyin(hanzi, { toneType: 'none', type: 'array', nonZh: 'removed', v: false }).map((s) => s.toLowerCase()).filter(Boolean);
}

const unique = (forms: string[]) => [...new Set(forms)];

/**
 * Hanzi names as written and with their compatibility forms folded, so that 中国制造２０２５ is found
 * as 中国制造2025 too; the full-width form stays a token of its own (Pagefind drops an ASCII "+",
 * but keeps 互联网＋ whole).
 */
function withFoldedForms(names: readonly (string | undefined)[]): string[] {
  return unique(names.filter((name): name is string => !!name).flatMap((name) => [name, name.normalize('NFKC')]));
}

/** Toneless pinyin forms of a term: words, joined runs, syllables, each with its ü variants. */
export function pinyinForms(entry: TermNames): string[] {
  const words = pinyinWords(entry.pinyin);
  return unique([...words, ...joinedRuns(words), ...syllables(entry.hanzi)].flatMap(umlautVariants));
}

/** The toneless pinyin of a hanzi alias (网信办 → wang, xin, ban), from pinyin-pro as the entry gives none. */
const aliasSyllables = (aliases: readonly string[]) => aliases.filter(hasHan).map(syllables);

/**
 * The forms a term's own page carries: every hanzi substring (simplified and traditional) and
 * the toneless pinyin forms, of its hanzi and of its hanzi aliases (reader QA: `wangxinban`, 网信办
 * of the CAC, found nothing). Exact matches rank above prefix matches, so the term page wins.
 */
export function termPageForms(entry: TermNames, aliases: readonly string[] = []): string[] {
  const hanzi = withFoldedForms([entry.hanzi, entry.traditional]);
  const aliasPinyin = aliasSyllables(aliases).flatMap((each) => [...each, ...joinedRuns(each)]).flatMap(umlautVariants);
  return unique([...hanzi.flatMap(hanziSubstrings), ...pinyinForms(entry), ...aliasPinyin]);
}

/**
 * Each hanzi name of a term (its hanzi, its hanzi aliases) followed by its toneless pinyin, joined
 * ("网信办 wangxinban"): the search page marks where the definition writes what a pinyin query reads
 * (src/client/search/pinyin-text.ts). Forms the page holds already (termPageForms).
 */
export function termReadings(entry: TermNames, aliases: readonly string[] = []): string[] {
  const names = new Map([...aliases.filter(hasHan).map((alias): [string, string] => [alias, syllables(alias).join('')]), [entry.hanzi, pinyinWords(entry.pinyin).join('')]]);
  // Pairs in a row, each name once (a reading may repeat: two names read alike).
  return [...names].filter(([, reading]) => reading).flat();
}

/**
 * The lighter set an article carries for each term it uses: hanzi suffixes and toneless pinyin
 * tail runs, which prefix matching extends to every part; articles follow the term page in the results.
 */
export function articleTermForms(entry: TermNames): string[] {
  return unique([...withFoldedForms([entry.hanzi]).flatMap(hanziSuffixes), ...tailRuns(pinyinWords(entry.pinyin)).flatMap(umlautVariants)]);
}

/**
 * The term's whole names, each as one token: headword, aliases, joined toneless pinyin (of hanzi aliases too), hanzi, traditional (of hanzi aliases too).
 * Why: Pagefind boosts a page for each query word found in a metadata field, whatever else the
 * field holds, so "informatization" boosts "Government informatization" as much as
 * "Informatization". As one token, a whole name matches only a query that starts it; the search
 * page then puts the term whose whole name equals the query first (src/client/search/run-search.ts).
 */
export function wholeNames(entry: TermNames & { term: string; aliases: string[] }): string[] {
  const english = [entry.term, ...entry.aliases].map(asOneWord).flatMap(ofBothSpellings);
  const pinyin = [pinyinWords(entry.pinyin).join(''), ...aliasSyllables(entry.aliases).map((each) => each.join(''))];
  // A hanzi alias in traditional characters too, as the hanzi are (reader QA: 網信辦, the CAC's short name, found nothing).
  const traditionalAliases = entry.aliases.filter(hasHan).map(traditional);
  return unique([...english, ...pinyin, ...withFoldedForms([entry.hanzi, entry.traditional, ...traditionalAliases])].filter(Boolean).flatMap(umlautVariants));
}

/** A name in British and American spelling: informatization and informatisation are one word to a reader. */
function ofBothSpellings(name: string): string[] {
  if (!/i[sz]ation/u.test(name)) return [name];
  return [name.replace(/isation/gu, 'ization'), name.replace(/ization/gu, 'isation')];
}
