/**
 * The excerpt a result shows and the paragraph it links to, from the page's text (Pagefind's
 * `content`, its words numbered as Pagefind numbers them, and its `anchors`): the sentence that
 * uses the query, its matching words marked. Text only: the page renders the parts as text and
 * <mark> elements, never as HTML. A term page's heading lines (headword, hanzi, pinyin,
 * traditional, literal gloss) are skipped: the result already shows them.
 */
import { hasHan } from '../../../core/chinese-text.ts';
import { toneless } from '../../../core/search-text.ts';
import { matcherFor, pinyinPhrase, textWords, type PageWord, type RecordText } from './match-words.ts';
import { markedAsRun, phraseRuns } from './phrase-match.ts';
import { hanziReadAs, pinyinRuns } from './pinyin-text.ts';
import type { Phrase } from './query-parts.ts';
import { isPinyin, isSyllable } from '../../../core/pinyin-syllables.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface PageMatch {
  excerpt: ExcerptPart[];
  /** Id of the paragraph (or heading) anchor before the best match, when there is one. */
  anchor?: string;
  /** The marked words, as written on the page (for highlighting on arrival). */
  marked: string[];
}

export interface MatchRecord extends RecordText {
  anchors?: { element: string; id: string; location: number }[];
}

const SENTENCE_END = /[.!?。！？]["'”’)\]]*$/;
const MAX_WORDS = 36;
/** Words kept before the match when its sentence starts further back: on a phone the excerpt is two lines, and the match must be in them. */
const LEAD = 6;

const sentenceText = (words: string[], from: number, to: number) => toneless(words.slice(from, to).join(' ')).replace(/[.。]$/, '');

/** Index of the first word after a term page's heading lines, 0 when there are none. */
export function definitionStart(words: string[], meta: Record<string, string | undefined>): number {
  if (!meta.title) return 0;
  const heading = new Set([meta.title, meta.hanzi, meta.pinyin].filter(Boolean).map((text) => toneless(text!)));
  let start = 0;
  let sawTitle = false;
  for (let index = 0; index < words.length && index < 120; index++) {
    if (!SENTENCE_END.test(words[index])) continue;
    const sentence = sentenceText(words, start, index + 1);
    // A heading line may hold several heading parts (the hanzi and the pinyin run together).
    const rest = [...heading].reduce((text, part) => text.replace(part, ' '), sentence).trim();
    const isHeading = rest === '' || /^(traditional|literally):/.test(sentence);
    if (sentence === toneless(meta.title)) sawTitle = true;
    else if (sawTitle && !isHeading) return start;
    start = index + 1;
  }
  return sawTitle ? start : 0;
}

function sentenceAround(words: string[], at: number, floor: number): [number, number] {
  let from = at;
  while (from > floor && !SENTENCE_END.test(words[from - 1])) from--;
  let to = at;
  while (to < words.length - 1 && !SENTENCE_END.test(words[to])) to++;
  // A match far into its sentence: the excerpt starts a few words before it, at most MAX_WORDS long.
  from = Math.max(from, at - LEAD);
  to = Math.min(to, from + MAX_WORDS - 1);
  return [from, to + 1];
}

/**
 * How the excerpt matches a query word to a page word: as the search does (matcherFor), but a word
 * of one or two letters that another word follows is complete, so only whole: "a" and "in" of
 * "community with a shared future" or "Made in China" do not mark "and", "about" and "industry".
 * The last word may still be the start of one being typed ("xi").
 */
function excerptMatcher(queryWords: readonly string[]): (query: string, page: PageWord) => boolean {
  const matcher = matcherFor(queryWords);
  const last = queryWords.length - 1;
  const complete = new Set(queryWords.filter((query, index) => index < last && query.length <= 2));
  return (query, page) => (complete.has(query) ? page.text === query : matcher(query, page));
}

/** Splits one page word into parts, marking the query's part of it (the hanzi inside a run, or the word). */
function markWord(word: string, queryWords: string[], hanzi: string[], inName: boolean): ExcerptPart[] {
  const inside = [...queryWords.filter(hasHan), ...hanzi].find((han) => word.includes(han));
  if (inside) {
    const at = word.indexOf(inside);
    return [{ text: word.slice(0, at), marked: false }, { text: inside, marked: true }, { text: word.slice(at + inside.length), marked: false }].filter((part) => part.text);
  }
  const matcher = excerptMatcher(queryWords);
  const matches = inName || textWords(word).some((page) => queryWords.some((query) => !hasHan(query) && matcher(query, page)));
  if (!matches) return [{ text: word, marked: false }];
  const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [{ text: before, marked: false }, { text: core, marked: true }, { text: after, marked: false }].filter((part) => part.text);
}

/**
 * The excerpt and anchor of one result. `related`: the hanzi and English names of the terms the
 * query found, marked too (a pinyin or traditional query finds an article through the forms of a
 * term it uses, which its text may write in English). `phrases`: the query's quoted phrases, each
 * marked where the text has it whole, its words not marked alone.
 */
export function describeMatch(record: MatchRecord, queryWords: string[], related: string[] = [], phrases: Phrase[] = []): PageMatch {
  const runs = phrases.filter(markedAsRun);
  const inRuns = new Set(runs.flatMap((phrase) => phrase.words));
  const words = queryWords.filter((word) => !inRuns.has(word));
  const phrase = pinyinPhrase(words);
  // Pinyin typed syllable by syllable ("wang luo an quan") names one word: its syllables alone are
  // not marked ("An" of "An amendment"), only where the text holds them together (pinyinRuns) or its hanzi.
  const apart = phrase && words.every(isSyllable) ? [] : words;
  // One pinyin word may be a name the text writes as words ("Xi Jinping" for `xijinping`): marked as one run too.
  const together = phrase || (words.length === 1 && isPinyin(words[0])) ? words : [];
  // The hanzi the text writes for a pinyin query (国际 for guo ji), marked as the query's own words.
  const hanzi = hanziReadAs(record, words);
  const direct = matchWith(record, apart, hanzi, runs, together);
  // A query word marked whole (or hanzi), not only as the start of a longer word ("fa" of "factors");
  // for a pinyin phrase, its hanzi, a run holding it, or each of its words ("Li" alone is not "li" of xin zhi sheng chan li).
  const whole = (word: string) => direct.marked.some((text) => bare(text) === word);
  const holdsWhole = direct.marked.some(hasHan) || direct.pinyin || (phrase ? words.every(whole) : direct.marked.some((text) => words.includes(bare(text))));
  // A phrase found in the text is shown where it is, not where a term it names is used under another name ("data trade");
  // found only in the list of terms, where the text uses that term (reader QA: `"data trading"`, `"cybersecurity law" China`).
  const inText = !direct.anchor || direct.anchor.startsWith('p-');
  if (related.length === 0 || (direct.phrase && inText) || (inText && direct.anchor && holdsWhole && (runs.length === 0 || direct.phrase))) return direct;
  // The query's own words only outside the text, nowhere, or as parts of other words: the related terms may be in a paragraph.
  // A pinyin phrase not held word by word is the term's name: its words apart ("Li") are not marked.
  const indirect = matchWith(record, phrase ? [] : words, [...hanzi, ...related], runs, together);
  return indirect.anchor?.startsWith('p-') || direct.marked.length === 0 ? indirect : direct;
}

const bare = (word: string) => toneless(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Where each English name occurs as consecutive page words: the name's first word → its length in words. */
function nameOccurrences(words: string[], names: string[]): Map<number, number> {
  const found = new Map<number, number>();
  const wanted = names.map((name) => name.split(/\s+/).map(bare).filter(Boolean)).filter((parts) => parts.length > 0);
  if (wanted.length === 0) return found;
  const pageWords = words.map(bare);
  for (let index = 0; index < pageWords.length; index++) {
    for (const parts of wanted) {
      if (parts.every((part, offset) => pageWords[index + offset] === part)) found.set(index, Math.max(found.get(index) ?? 0, parts.length));
    }
  }
  return found;
}

/** The query words (or related hanzi) a page word matches. */
function matchedKeys(word: string, queryWords: string[], hanzi: string[]): string[] {
  const han = [...queryWords.filter(hasHan), ...hanzi].filter((part) => word.includes(part));
  const matcher = excerptMatcher(queryWords);
  const latin = queryWords.filter((query) => !hasHan(query) && textWords(word).some((page) => matcher(query, page)));
  return [...han, ...latin];
}

/** `pinyin`: a pinyin phrase's words, marked where the text's words hold them together. */
function matchWith(record: MatchRecord, queryWords: string[], related: string[], phrases: Phrase[], pinyin: string[] = []): PageMatch & { phrase: boolean; pinyin: boolean } {
  const words = record.content.split(/\s+/);
  const start = definitionStart(words, record.meta);
  const anchors = (record.anchors ?? []).filter((anchor) => anchor.id).sort((a, b) => a.location - b.location);
  const anchorAt = (index: number) => anchors.filter((anchor) => anchor.location <= index).at(-1);
  const relatedHanzi = related.filter(hasHan);
  const inName = new Set<number>();
  // A name is one mark, as a phrase is: the paragraph link then marks that run, not each "data" of the paragraph.
  const runAt = new Map<number, number>();
  for (const [first, length] of nameOccurrences(words, related.filter((name) => !hasHan(name)))) {
    runAt.set(first, length);
    for (let index = first; index < first + length; index++) inName.add(index);
  }
  // Each phrase's occurrences: the first word → the run's length, and a key of its own (one of the query's "words").
  const phraseKey = new Map<number, string>();
  for (const phrase of phrases) {
    for (const [first, length] of phraseRuns(words, phrase)) {
      runAt.set(first, Math.max(runAt.get(first) ?? 0, length));
      for (let index = first; index < first + length; index++) phraseKey.set(index, `"${phrase.text}"`);
    }
  }
  // A pinyin phrase held by words of the text together ("Xiao Qiang", "Guojia anquan") is marked as one run, as a phrase is.
  const pinyinKey = new Set<number>();
  if (pinyin.length > 0) {
    for (const [first, length] of pinyinRuns(words, pinyin)) {
      // A word of its own is matched as one already.
      if (pinyin.length === 1 && length === 1) continue;
      runAt.set(first, Math.max(runAt.get(first) ?? 0, length));
      for (let index = first; index < first + length; index++) {
        phraseKey.set(index, pinyin.join(' '));
        pinyinKey.add(index);
      }
    }
  }

  const keysAt = new Map<number, string[]>();
  const byAnchor = new Map<string, number[]>();
  for (let index = start; index < words.length; index++) {
    const keys = [...matchedKeys(words[index], queryWords, relatedHanzi), ...(inName.has(index) ? ['name'] : []), ...(phraseKey.has(index) ? [phraseKey.get(index)!] : [])];
    if (keys.length === 0) continue;
    keysAt.set(index, keys);
    const key = anchorAt(index)?.id ?? '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), index]);
  }
  const distinct = (indexes: number[]) => new Set(indexes.flatMap((index) => keysAt.get(index) ?? [])).size;
  // Paragraphs first (a match in the list of terms after the text links nowhere useful), then the
  // one with most of the query's words, then most matches.
  const isParagraph = (id: string) => id.startsWith('p-');
  const best = [...byAnchor.entries()].sort((a, b) => Number(isParagraph(b[0])) - Number(isParagraph(a[0])) || distinct(b[1]) - distinct(a[1]) || b[1].length - a[1].length)[0];
  // Within it, the sentence with most of the query's words.
  const sentenceScore = (index: number) => {
    const [from, to] = sentenceAround(words, index, start);
    return distinct(best![1].filter((match) => match >= from && match < to));
  };
  const at = best ? best[1].reduce((chosen, index) => (sentenceScore(index) > sentenceScore(chosen) ? index : chosen)) : start;
  const [from, to] = sentenceAround(words, Math.min(at, words.length - 1), start);
  const excerpt: ExcerptPart[] = [];
  if (from > 0 && !SENTENCE_END.test(words[from - 1])) excerpt.push({ text: '… ', marked: false });
  for (let index = from; index < to; index++) {
    // A phrase is one mark, the spaces between its words included ("[data trading]").
    const run = best ? Math.min(runAt.get(index) ?? 1, to - index) : 1;
    const word = words.slice(index, index + run).join(' ');
    excerpt.push(...(best ? markWord(word, queryWords, relatedHanzi, inName.has(index) || phraseKey.has(index)) : [{ text: word, marked: false }]));
    index += run - 1;
    if (index < to - 1) excerpt.push({ text: ' ', marked: false });
  }
  if (to < words.length && !SENTENCE_END.test(words[to - 1])) excerpt.push({ text: ' …', marked: false });
  const marked = [...new Map(excerpt.filter((part) => part.marked).map((part) => [toneless(part.text), part.text])).values()];
  const shown = (index: number) => best !== undefined && best[1].includes(index) && index >= from && index < to;
  const phrase = [...phraseKey.keys()].some((index) => shown(index) && !pinyinKey.has(index));
  return { excerpt: mergeParts(excerpt), anchor: best?.[0] || undefined, marked, phrase, pinyin: [...pinyinKey].some(shown) };
}

function mergeParts(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.marked === part.marked && !part.marked) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
