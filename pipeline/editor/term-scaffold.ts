/**
 * `npm run term:new`: a draft glossary entry for a run of hanzi, filled from the reference tools
 * the lint checks against — OpenCC's traditional form, pinyin word by word (pinyin-pro, with
 * CC-CEDICT's reading where the two disagree, recorded as an override to check), a literal
 * per-character gloss and CC-CEDICT's senses as draft English — plus the articles that use it.
 * Marked `draft: true`: the lint accepts it and the site labels it until an editor has checked it.
 */
import { Document } from 'yaml';
import { hasHan, HANZI_FIELD } from '../../core/chinese-text.ts';
import { GLOSSARY_PAGES } from '../../core/paths.ts';
import { aliasForm, isSlug, type GlossaryEntry } from '../../core/schema.ts';
import { simplifiedOf } from '../../core/script-forms.ts';
import { tonelessPinyin } from '../../core/search-text.ts';
import { ContentError } from '../content-error.ts';
import { comparablePinyin, loadReadings } from '../lint/content-lint.ts';
import { loadCedict, type Cedict } from '../dictionary/cedict.ts';
import { segmenterFor } from '../transform/dictionary-words.ts';
import { TermMatcher } from '../transform/term-matcher.ts';
import { readWord } from '../dictionary/word-reading.ts';
import { slugWords } from './slug-words.ts';

export interface TermRequest {
  hanzi: string;
  /** English headword; without it the first CC-CEDICT sense or the literal gloss stands in. */
  english?: string;
}

export interface ScaffoldContext {
  glossary: readonly GlossaryEntry[];
  /** Articles as files: the scaffold lists those whose text holds one of the term's forms. */
  articles: readonly { file: string; text: string; title?: string; url?: string }[];
}

export interface ScaffoldedTerm {
  id: string;
  yaml: string;
  /** What the scaffold changed in the request, for the editor to know (traditional input). */
  notes: string[];
}

/** The schema's limit for a summary (a card's one line). */
const clip = (text: string, max = 240) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

const firstSense = (senses: readonly string[]) => senses[0]?.split(';')[0].trim();
/** The first sense less CC-CEDICT's usage label: "(bound form) to follow" → "to follow". */
const literalSense = (senses: readonly string[]) => firstSense(senses)?.replace(/^\([^)]*\)\s*/, '');

/** The entry's id: its English headword as a slug, else its pinyin word by word. */
function termId(english: string | undefined, pinyinWords: readonly string[]): string {
  const base = english ?? pinyinWords.map(tonelessPinyin).join(' ');
  return slugWords(base).join('-');
}

/** Pinyin as words: the hanzi segmented, each word read as CC-CEDICT writes it when it knows the word. */
function pinyinByWord(hanzi: string, glossary: readonly GlossaryEntry[], cedict: Cedict) {
  const words = segmenterFor(glossary)(hanzi);
  const readings = words.map((word) => readWord(word, cedict));
  const reference = loadReadings().pinyin(hanzi);
  // A character no dictionary reads (𠮷) has no syllable: left out, not written as an empty one.
  const pinyin = readings.map((reading) => reading.pinyin).filter(Boolean).join(' ');
  return { words, readings, pinyin, disagrees: comparablePinyin(pinyin) !== comparablePinyin(reference) ? reference : undefined };
}

export function scaffoldTerm(request: TermRequest, context: ScaffoldContext, cedict: Cedict = loadCedict()): ScaffoldedTerm {
  const where = 'term:new';
  const given = request.hanzi.trim();
  // Whatever the build would link to an entry has one: its hanzi, its traditional form, 互联网+ for 互联网＋.
  const existing = new TermMatcher(context.glossary);
  const ownerOf = (text: string) => existing.find(text).find((match) => match.start === 0 && match.end === text.length);
  const owner = given && ownerOf(given);
  if (owner) throw new ContentError(where, undefined, `${given} already has an entry: content/glossary/${owner.id}.yaml`, 'edit that file instead');
  if (!hasHan(given) || !HANZI_FIELD.test(given)) throw new ContentError(where, undefined, `"${request.hanzi}" is not a run of Chinese characters`, 'give the hanzi as the coverage report prints them, e.g. npm run term:new -- 数据要素');
  const requested = request.english?.trim();
  if (request.english !== undefined && !requested) throw new ContentError(where, undefined, '--en is empty', 'give the English headword in quotes, --en "National Data Administration", or leave --en out');
  // It becomes an alias, which the schema wants of two characters at least: "A" would link every "A".
  if (requested && [...requested].length < 2) throw new ContentError(where, undefined, `--en "${requested}" is too short to be the English name the articles are matched by`, 'give the headword in full, --en "National Data Administration"');
  // An entry's hanzi are simplified (the lint says so); traditional input becomes its traditional form.
  const simplified = simplifiedOf(given);
  const hanzi = simplified ?? given;
  const notes = simplified ? [`${given} is written in traditional characters: the entry's hanzi is ${hanzi} (OpenCC), its traditional form ${given}`] : [];
  const sameHanzi = simplified && ownerOf(hanzi);
  if (sameHanzi) throw new ContentError(where, undefined, `${given} is the traditional form of ${hanzi}, which already has an entry: content/glossary/${sameHanzi.id}.yaml`, 'edit that file instead');
  const aliasOwner = requested && context.glossary.find((entry) => entry.aliases.some((alias) => aliasForm(alias).text.toLowerCase() === requested.toLowerCase()));
  if (aliasOwner) throw new ContentError(where, undefined, `"${requested}" is already an English name of content/glossary/${aliasOwner.id}.yaml`, 'one surface form belongs to one entry: give another headword with --en, or edit that entry');

  const { pinyin, readings, disagrees } = pinyinByWord(hanzi, context.glossary, cedict);
  const whole = readWord(hanzi, cedict);
  // Word by word, as the glossary writes it (网络 · 安全 · 法: "network · security · law"); a word
  // CC-CEDICT lacks, and a term of one word (两会: "two · meeting"), character by character.
  const byCharacter = (word: string) => [...word].map((char) => literalSense(readWord(char, cedict).entries[0]?.senses ?? []) ?? char);
  const literal = (readings.length > 1 ? readings.flatMap((reading) => (reading.entries[0] ? [literalSense(reading.entries[0].senses)!] : byCharacter(reading.hanzi))) : byCharacter(hanzi)).join(' · ');
  const senses = whole.entries.length > 0 ? whole.entries[0].senses : readings.flatMap((reading) => (reading.entries[0] ? [`${reading.hanzi}: ${reading.entries[0].senses.slice(0, 3).join('; ')}`] : []));
  const english = requested || firstSense(whole.entries[0]?.senses ?? []) || literal;
  const id = termId(requested, readings.map((reading) => reading.pinyin));
  if (!isSlug(id)) throw new ContentError(where, undefined, `cannot make a file name from "${english}"`, 'give an English headword with letters: --en "Data as a factor of production"');
  if (context.glossary.some((entry) => entry.id === id)) throw new ContentError(where, undefined, `content/glossary/${id}.yaml already exists`, 'choose another English headword with --en');
  if (GLOSSARY_PAGES.includes(id)) throw new ContentError(where, undefined, `the id "${id}" is taken by the glossary's own ${id} page`, 'choose another English headword with --en');

  const traditional = loadReadings().traditional(hanzi);
  const aliases = requested ? [requested] : [];
  // Counted as the build will match it: hanzi, traditional form and alias, a longer term's match winning.
  const matcher = new TermMatcher([...context.glossary, { id, hanzi, traditional: traditional !== hanzi ? traditional : undefined, aliases, category: 'concept' }]);
  const using = context.articles.map((article) => ({ ...article, count: matcher.find(article.text).filter((match) => match.id === id).length })).filter((article) => article.count > 0);
  const articleSources = using.flatMap((article) => (article.url ? [{ title: article.title ?? article.file, url: article.url }] : []));
  const entry: Record<string, unknown> = {
    term: english,
    hanzi,
    ...(traditional !== hanzi ? { traditional } : {}),
    pinyin,
    aliases,
    literal,
    category: 'concept',
    summary: clip(whole.entries.length > 0 ? senses.slice(0, 3).join('; ') : readings.map((reading) => [reading.hanzi, firstSense(reading.entries[0]?.senses ?? []) ?? reading.pinyin].filter(Boolean).join(' ')).join(' · ')),
    definition: `Draft from CC-CEDICT (CC BY-SA 4.0), to be rewritten from a source:\n\n${senses.length > 0 ? senses.map((sense) => `- ${sense}`).join('\n') : `- literally: ${literal}`}\n`,
    related: [],
    sources: [...articleSources, { title: 'CC-CEDICT (dictionary reading; replace with the source you checked)', url: 'https://cc-cedict.org/wiki/' }],
    ...(disagrees ? { overrides: { pinyin: { reason: `CC-CEDICT reads it "${pinyin}", pinyin-pro "${disagrees}": check which is right and keep or remove this override` } } } : {}),
    draft: true,
  };
  const doc = new Document(entry);
  doc.commentBefore = [
    ` Draft scaffolded by npm run term:new. Check every field against a source, then remove draft: true.`,
    ` category: one of plan, initiative, slogan, concept, institution, law, platform, phrase.`,
    using.length > 0 ? ` Used in: ${using.map((article) => `${article.file} (${article.count}×)`).join(', ')}` : ' No article uses it yet.',
  ].join('\n');
  return { id, yaml: doc.toString({ lineWidth: 0 }), notes };
}
