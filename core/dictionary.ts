/**
 * The dictionary layer's data, shared by the pipeline that writes it and the site that reads it:
 * `generated/dictionary.json` holds one record per word the articles use that no curated entry
 * covers, keyed by the word as written. Kept apart from the curated glossary everywhere.
 */
import { z } from 'zod';

/** One CC-CEDICT entry for the word: its reading and senses as CC-CEDICT gives them. */
export const DictionarySense = z.object({ pinyin: z.string(), senses: z.array(z.string()) }).strict();

/** One character of a word CC-CEDICT lacks: its reading in the word and its first sense. */
export const WordPart = z.object({ hanzi: z.string(), pinyin: z.string(), gloss: z.string().optional() }).strict();
export type WordPart = z.infer<typeof WordPart>;

export const DictionaryWord = z
  .object({
    hanzi: z.string(),
    /** OpenCC's cn→tw form, only where it differs. */
    traditional: z.string().optional(),
    /** The word's reading, syllables joined as Hanyu Pinyin writes a word. */
    pinyin: z.string(),
    /** CC-CEDICT's entries for the word, the one matching `pinyin` first; empty when it has none. */
    entries: z.array(DictionarySense),
    /** For a word CC-CEDICT lacks: the longest words it has that make it up, else characters, with their readings. */
    parts: z.array(WordPart).default([]),
    /** A person's name CC-CEDICT lacks, as an article romanises it beside the hanzi ("Lu Wei"); such a word has no parts. */
    name: z.string().optional(),
    /** A numbered division of a legal text CC-CEDICT lacks, in English ("Article 25" for 第二十五条); such a word has no parts. */
    division: z.string().optional(),
    /** Slugs of the articles whose text has the word, in the order of the articles' files. */
    articles: z.array(z.string()).default([]),
  })
  .strict();
export type DictionaryWord = z.infer<typeof DictionaryWord>;

export const DictionaryFile = z
  .object({
    /** Licence and attribution of the CC-CEDICT text below; repeated in every export that carries it. */
    notice: z.string(),
    /** The `#! date=` of the CC-CEDICT data used. */
    cedictDate: z.string(),
    words: z.record(z.string(), DictionaryWord),
  })
  .strict();
export type DictionaryFile = z.infer<typeof DictionaryFile>;

/** The word's card title line: the senses of its first entry, at most `count` of them. */
export const firstSenses = (word: DictionaryWord, count = 3) => (word.entries[0]?.senses ?? []).slice(0, count).join('; ');
