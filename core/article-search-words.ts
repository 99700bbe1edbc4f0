/**
 * Searchable forms of the Chinese words of an article's text, so that any part of any word is
 * found, by hanzi (simplified or traditional) and by toneless pinyin. Pagefind indexes a run of
 * hanzi in an English page as one word and matches only its start; the article page carries these
 * forms as hidden metadata (src/components/SearchRecord.astro).
 *
 * The words are those the conversion marked in the MDX (<Word>, <Term>: the segmenter's words
 * and the glossary's), read in their runs, so that pinyin forms follow word boundaries and a
 * phrase of several words (数字政府, shuzi zhengfu) is one form as well as its words.
 */
import { bareHanRuns } from './chinese-text.ts';
import { hanziSuffixes, syllables, tailRuns } from './search-forms.ts';
import { traditional } from './script-forms.ts';
import { joinedFromEachWord, umlautVariants } from './search-text.ts';
import { isPinyin } from './pinyin-syllables.ts';

/** The distinct runs of hanzi in a text (punctuation splits runs), in order of first use. */
export function hanziRuns(text: string): string[] {
  return [...new Set(Array.from(bareHanRuns(text), (match) => match[0]))];
}

/** Stands for a tag of the MDX: the elements the conversion wraps words in (and <wbr />) end a word, not the run. */
const TAG_MARK = '\u0001';
const RUN_OF_WORDS = /\p{Script=Han}+(?:\u0001+\p{Script=Han}+)*/gu;

/**
 * The runs of hanzi of an article's MDX body, each as its words: a tag between hanzi ends a word
 * (…加强</Word><wbr /><Word hanzi="数字">数字… → 加强, 数字), anything else ends the run. The tags'
 * own attributes (hanzi="数字") are dropped with them. Text the conversion left unmarked is one word.
 */
export function wordRuns(body: string): string[][] {
  // Not an escaped "<" of the text (\<\<数字政府>>, as some write a title): that is no tag.
  const text = body.replace(/(?<!\\)<[^<>]*>/g, TAG_MARK);
  return Array.from(text.matchAll(RUN_OF_WORDS), (match) => match[0].split(/\u0001+/));
}

/** The syllable-by-syllable tails of a word's toneless pinyin, joined: gaozhiliangfazhan, zhiliangfazhan … zhan. */
export function pinyinTails(word: string): string[] {
  return tailRuns(syllables(word)).filter(Boolean).flatMap(umlautVariants);
}

/**
 * Words of a run joined into one pinyin form, from each word on: with prefix matching, a phrase of
 * up to this many words typed as pinyin (jiaqiang shuzi zhengfu jianshe) is found where it is written.
 */
export const JOINED_WORDS = 4;

/** Each word's pinyin joined with the words after it in its run (up to JOINED_WORDS): shuzizhengfujianshe, zhengfujianshe. */
export function joinedPinyin(runs: readonly string[][]): string[] {
  // A word recurs across runs: its pinyin is read once.
  const pinyinOf = new Map(runs.flat().map((word) => [word, syllables(word).join('')]));
  return runs.flatMap((words) => joinedFromEachWord(words.map((word) => pinyinOf.get(word)!), JOINED_WORDS).flatMap(umlautVariants));
}

/**
 * Each distinct word of the runs followed by its toneless pinyin ("国际 guoji 义务 yiwu"): the search
 * page finds where the text writes the hanzi a pinyin query reads as, to show and mark them (reader
 * QA: `guo ji` found 履行国际义务 but showed the list of terms). Both tokens are forms the index
 * holds already (articleWordForms), so the index gains no word.
 */
export function wordReadings(runs: readonly string[][]): string[] {
  return [...new Set(runs.flat())].flatMap((word) => {
    const reading = syllables(word);
    // A character with no reading (a rare or variant form) leaves the word out: its syllables would not line up.
    return reading.length === [...word].length ? [word, reading.join('')] : [];
  });
}

/** Forms of each word: its hanzi suffixes (prefix matching then finds every part), traditional too, and pinyin tails; then the words of each run joined. */
export function articleWordForms(runs: readonly string[][]): string[] {
  const words = [...new Set(runs.flat())];
  const forms = words.flatMap((word) => {
    const traditionalForm = traditional(word);
    const hanzi = [word, ...(traditionalForm !== word ? [traditionalForm] : [])].flatMap((form) => ([...form].length > 1 ? hanziSuffixes(form) : [form]));
    return [...hanzi, ...pinyinTails(word)];
  });
  return [...new Set([...forms, ...joinedPinyin(runs)])];
}

/** Capitalised words in a row, apart by spaces only (a comma or full stop ends a name), tone marks folded. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])[A-Z][a-z]+(?: +[A-Z][a-z]+)+(?![\p{L}\p{N}])/gu;

/**
 * Names romanised as capitalised pinyin words ("Xi Jinping", "Li Keqiang", "Xí Jìnpíng"), each run of
 * two or three such words joined and lower-cased (xijinping): the page is then found by the name typed
 * as one word, as pinyin is (reader QA: `xijinping` listed 2 pages, only those printing 习近平, and
 * `liuliehong` none; `xi jinping` 12+). A run of English words that happen to spell syllables
 * ("China Data") adds a form no one types, no false hit.
 */
export function romanisedNames(text: string): string[] {
  return [...new Set(romanisedNameRuns(text).map((words) => words.join('')))];
}

/** The names of romanisedNames as their words, lower-cased: ["xi", "jinping"]. */
export function romanisedNameRuns(text: string): string[][] {
  const names = new Map<string, string[]>();
  // Tone marks off, case kept (a capital starts a name); ü as u, as it is typed.
  const folded = text.replace(/<[^<>]*>/g, ' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  for (const [run] of folded.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/ +/);
    // Each stretch of the run whose words all read as pinyin ("Premier Li Keqiang" → Li Keqiang).
    let start = 0;
    for (let end = 0; end <= words.length; end++) {
      if (end < words.length && isPinyin(words[end].toLowerCase())) continue;
      for (let from = start; from < end - 1; from++) {
        for (let to = from + 2; to <= Math.min(end, from + 3); to++) names.set(words.slice(from, to).join(' '), words.slice(from, to).map((word) => word.toLowerCase()));
      }
      start = end + 1;
    }
  }
  return [...names.values()];
}
