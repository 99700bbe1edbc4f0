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
