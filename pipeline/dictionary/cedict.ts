/**
 * CC-CEDICT, as the `hanzi` package ships it (pinned in package.json; no download at install or
 * build time). Parsed once per process into entries keyed by simplified headword.
 * CC-CEDICT is CC BY-SA 4.0: whatever shows or exports its senses carries `CEDICT_NOTICE`.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
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

function parseLine(line: string): CedictEntry | undefined {
  const match = LINE.exec(line.trimEnd());
  if (!match) return undefined;
  const [, traditional, simplified, numbered, senses] = match;
  return { simplified, traditional, numbered, senses: senses.split('/').filter((sense) => sense !== '') };
}

/**
 * Parses CC-CEDICT's text format (`trad simp [pin1 yin1] /sense/sense/`; comment lines start with
 * #). Only the headwords are indexed up front (line offsets per headword); a line is parsed when
 * its word is looked up, as a build looks up a few hundred of the 125,000 entries. With `headwords`,
 * only those are indexed: the others could not be looked up anyway, and indexing them is most of the parse.
 */
export function parseCedict(text: string, headwords?: ReadonlySet<string>): Cedict {
  const bySimplified = new Map<string, number[]>();
  const byTraditional = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, start: number) => {
    const list = map.get(key);
    if (list) list.push(start);
    else map.set(key, [start]);
  };
  let date = 'unknown';
  let longestWord = 1;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.startsWith('#! date=', start)) date = text.slice(start + 8, end).trim();
    else if (text.charCodeAt(start) !== 35 /* # */) {
      const first = text.indexOf(' ', start);
      const second = first === -1 ? -1 : text.indexOf(' ', first + 1);
      if (second !== -1 && second < end) {
        const traditional = text.slice(start, first);
        const simplified = text.slice(first + 1, second);
        if (!headwords || headwords.has(simplified)) add(bySimplified, simplified, start);
        if (traditional !== simplified && (!headwords || headwords.has(traditional))) add(byTraditional, traditional, start);
        // UTF-16 length: an upper bound on the characters, which is all longest match needs.
        longestWord = Math.max(longestWord, simplified.length);
      }
    }
    start = end + 1;
  }
  const parsed = new Map<string, readonly CedictEntry[]>();
  const entriesAt = (starts: readonly number[]) =>
    starts.flatMap((start) => {
      const end = text.indexOf('\n', start);
      return parseLine(text.slice(start, end === -1 ? text.length : end)) ?? [];
    });
  const lookup = (word: string): readonly CedictEntry[] => {
    let entries = parsed.get(word);
    if (!entries) parsed.set(word, (entries = entriesAt(bySimplified.get(word) ?? byTraditional.get(word) ?? [])));
    return entries;
  };
  return { lookup, date, longestWord };
}

let loaded: Cedict | undefined;

/** The shipped dictionary, loaded on first use. */
export function loadCedict(): Cedict {
  loaded ??= parseCedict(shippedText());
  return loaded;
}

/**
 * The shipped dictionary for looking up `headwords` alone (a build's dictionary words and their
 * characters): the full one if loaded already, else one indexing only those.
 */
export function loadCedictFor(headwords: ReadonlySet<string>): Cedict {
  return loaded ?? parseCedict(shippedText(), headwords);
}

/** The comment lines that open the file fit in this many bytes (about 600 in the shipped data). */
const HEADER_BYTES = 4096;

/** The data's date (its `#! date=` header line), read from the file's first bytes alone. */
export function cedictDate(): string {
  if (loaded) return loaded.date;
  const head = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(shippedFile(), 'r');
  try {
    readSync(fd, head, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return /^#! date=(.*)$/m.exec(head.toString('utf8'))?.[1].trim() ?? 'unknown';
}

/**
 * The package wraps the file in `module.exports = \`…\``; reading the text between the backticks
 * is several times faster than evaluating the 10 MB module.
 */
function shippedText(): string {
  const source = readFileSync(shippedFile(), 'utf8');
  return source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
}

const shippedFile = () => createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
