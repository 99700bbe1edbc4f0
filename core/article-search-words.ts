/**
 * Searchable forms of the Chinese words of an article's text, so that any part of any word is
 * found, by hanzi (simplified or traditional) and by toneless pinyin. Pagefind indexes a run of
 * hanzi in an English page as one word and matches only its start; the article page carries these
 * forms as hidden metadata (src/components/SearchRecord.astro).
 *
 * The words are the text's runs of hanzi for now; a segmenter's word list per article can be
 * passed instead (same function, shorter words: the forms then follow word boundaries).
 */
import { pinyin as toPinyin } from 'pinyin-pro';
import { bareHanRuns } from './chinese-text.ts';
import { hanziSuffixes, tailRuns } from './search-forms.ts';
import { traditional } from './script-forms.ts';
import { umlautVariants } from './search-text.ts';

/** The distinct runs of hanzi in a text (punctuation splits runs), in order of first use. */
export function hanziRuns(text: string): string[] {
  return [...new Set(Array.from(bareHanRuns(text), (match) => match[0]))];
}

/** The syllable-by-syllable tails of a word's toneless pinyin, joined: gaozhiliangfazhan, zhiliangfazhan … zhan. */
export function pinyinTails(word: string): string[] {
  const syllables = toPinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: false }).map((s) => s.toLowerCase());
  return tailRuns(syllables).filter(Boolean).flatMap(umlautVariants);
}

/** Forms of each word: its hanzi suffixes (prefix matching then finds every part), traditional too, and pinyin tails. */
export function articleWordForms(words: string[]): string[] {
  const forms = words.flatMap((word) => {
    const traditionalForm = traditional(word);
    const hanzi = [word, ...(traditionalForm !== word ? [traditionalForm] : [])].flatMap((form) => ([...form].length > 1 ? hanziSuffixes(form) : [form]));
    return [...hanzi, ...pinyinTails(word)];
  });
  return [...new Set(forms)];
}
