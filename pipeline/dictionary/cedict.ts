/**
 * CC-CEDICT, as the `hanzi` package ships it (pinned in package.json; no download at install or
 * build time). Parsed once per process into entries keyed by simplified headword.
 * CC-CEDICT is CC BY-SA 4.0: whatever shows or exports its senses carries `CEDICT_NOTICE`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CedictEntry {
  simplified: string;
  traditional: string;
  /** CEDICT's numbered pinyin, syllables separated by spaces ("shu4 ju4"). */
  numbered: string;
  senses: string[];
}

export interface Cedict {
  /**
   * Entries whose simplified headword is `word`, in file order (capitalised readings are proper
   * names); for a word written in traditional characters, the entries with that traditional form.
   */
  lookup(word: string): readonly CedictEntry[];
  /** The `#! date=` line of the data. */
  date: string;
  /** Longest headword, for longest-match segmentation. */
  longestWord: number;
}

export const CEDICT_NOTICE =
  'Dictionary readings from CC-CEDICT (https://cc-cedict.org/wiki/), published by MDBG under the Creative Commons Attribution-ShareAlike 4.0 licence (https://creativecommons.org/licenses/by-sa/4.0/); curated glossary entries are not part of it.';

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/;

/** Parses CC-CEDICT's text format (`trad simp [pin1 yin1] /sense/sense/`); comment lines start with #. */
export function parseCedict(text: string): Cedict {
  const entries = new Map<string, CedictEntry[]>();
  const byTraditional = new Map<string, CedictEntry[]>();
  const add = (map: Map<string, CedictEntry[]>, key: string, entry: CedictEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  let date = 'unknown';
  let longestWord = 1;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const stamp = /^#! date=(\S+)/.exec(line);
      if (stamp) date = stamp[1];
      continue;
    }
    const match = LINE.exec(line.trimEnd());
    if (!match) continue;
    const [, traditional, simplified, numbered, senses] = match;
    const entry = { simplified, traditional, numbered, senses: senses.split('/').filter((sense) => sense !== '') };
    add(entries, simplified, entry);
    if (traditional !== simplified) add(byTraditional, traditional, entry);
    longestWord = Math.max(longestWord, [...simplified].length);
  }
  return { lookup: (word) => entries.get(word) ?? byTraditional.get(word) ?? [], date, longestWord };
}

let loaded: Cedict | undefined;

/**
 * The shipped dictionary, loaded on first use. The package wraps the file in `module.exports = \`…\``;
 * reading the text between the backticks is several times faster than evaluating the 10 MB module.
 */
export function loadCedict(): Cedict {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
  const source = readFileSync(file, 'utf8');
  loaded = parseCedict(source.slice(source.indexOf('`') + 1, source.lastIndexOf('`')));
  return loaded;
}
