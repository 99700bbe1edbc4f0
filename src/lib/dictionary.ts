/**
 * The dictionary readings the conversion wrote (generated/dictionary.json), read once per build
 * (afresh in dev, so edits show after a reload). CC-CEDICT text: pages that show it link to the
 * notice on the dictionary index and the About page.
 */
import { readFileSync } from 'node:fs';
import { projectGeneratedFiles } from '../../core/paths.ts';
import { DictionaryFile, type DictionaryWord } from '../../core/dictionary.ts';

function load(): DictionaryFile {
  const file = projectGeneratedFiles().dictionary;
  return DictionaryFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

let cached: DictionaryFile | undefined;
export function getDictionary(): DictionaryFile {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export function dictionaryWord(hanzi: string): DictionaryWord {
  const word = getDictionary().words[hanzi];
  if (!word) throw new Error(`<Word hanzi="${hanzi}">: not in generated/dictionary.json; run npm run content`);
  return word;
}

/** The card's one line: CC-CEDICT's first senses, else its parts' readings and glosses. */
export function cardLine(word: DictionaryWord): string {
  const senses = (word.entries[0]?.senses ?? []).slice(0, 3).join('; ');
  if (senses) return senses;
  return word.parts.map((part) => `${part.hanzi} ${part.pinyin || '?'}${part.gloss ? ` ${part.gloss}` : ''}`).join(' · ');
}
