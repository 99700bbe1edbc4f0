/**
 * The dictionary readings the conversion wrote (generated/dictionary.json), read once per build
 * (afresh in dev, so edits show after a reload). CC-CEDICT text: pages that show it link to the
 * notice on the dictionary index and the About page.
 */
import { readFileSync } from 'node:fs';
import { projectGeneratedFiles } from '../../core/paths.ts';
import { DictionaryFile, type DictionaryWord } from '../../core/dictionary.ts';
import { rubySyllables } from './ruby-syllables';

function load(): DictionaryFile {
  const file = projectGeneratedFiles().dictionary;
  return DictionaryFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

let cached: { file: DictionaryFile; byArticle?: Map<string, DictionaryWord[]> } | undefined;
function loaded() {
  if (import.meta.env.DEV || !cached) cached = { file: load() };
  return cached;
}

export function getDictionary(): DictionaryFile {
  return loaded().file;
}

/** The dictionary words whose text an article has, indexed once for all articles. */
export function articleWords(slug: string): DictionaryWord[] {
  const dictionary = loaded();
  if (!dictionary.byArticle) {
    dictionary.byArticle = new Map();
    for (const word of Object.values(dictionary.file.words)) {
      for (const article of word.articles) {
        const words = dictionary.byArticle.get(article);
        if (words) words.push(word);
        else dictionary.byArticle.set(article, [word]);
      }
    }
  }
  return dictionary.byArticle.get(slug) ?? [];
}

const syllables = new Map<string, string[] | undefined>();
/** The word's reading, one syllable per character (for ruby), or undefined where they do not line up. */
export function wordSyllables(word: DictionaryWord): string[] | undefined {
  if (!syllables.has(word.hanzi)) syllables.set(word.hanzi, word.pinyin ? rubySyllables(word.hanzi, word.pinyin) : undefined);
  return syllables.get(word.hanzi);
}

export function dictionaryWord(hanzi: string): DictionaryWord {
  const word = getDictionary().words[hanzi];
  if (!word) throw new Error(`<Word hanzi="${hanzi}">: not in generated/dictionary.json; run npm run content`);
  return word;
}

/** The card's one line: CC-CEDICT's first senses, else a name as the article writes it, else its parts' readings and glosses. */
export function cardLine(word: DictionaryWord): string {
  const senses = (word.entries[0]?.senses ?? []).slice(0, 3).join('; ');
  if (senses) return senses;
  if (word.name) return `a person's name, written ${word.name} in the text`;
  if (word.division) return `${word.division}: a numbered division of a law or regulation`;
  return word.parts.map((part) => `${part.hanzi} ${part.pinyin || '?'}${part.gloss ? ` ${part.gloss}` : ''}`).join(' · ');
}
