/**
 * A synthetic corpus for the benchmark: N articles made from the real ones and a glossary of M
 * terms (the real entries plus synthetic ones), written as a content folder the build can read.
 *
 * Each copy gets its own slug, date, title, summary and two paragraphs of words no other copy has
 * (so search sees N distinct pages), and names a few synthetic terms by alias and hanzi (so their
 * callouts, concordance lines and term pages are real work). Synthetic entries get their pinyin
 * and traditional form from the same tools the content lint checks them with, so they pass it.
 */
import { joinFrontMatter, splitFrontMatter } from '../../core/front-matter.ts';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadReadings } from '../../pipeline/lint/content-lint.ts';
import { readSource } from '../../pipeline/read/article-source.ts';

const SYLLABLES = ['ka', 'ro', 'mi', 'ven', 'tu', 'sal', 'de', 'bor', 'ni', 'qua', 'fel', 'zo', 'lin', 'pa', 'ret', 'gu', 'sha', 'mo', 'tir', 'ez'];
/** Characters for synthetic hanzi: common, and no two of them form a real glossary term. */
const HAN = [...'山水木火土石云雨风花草鸟鱼虫月星日天江河湖海林田'];

/** A pronounceable word unique to `n` (base-20 syllables). */
function codeword(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word;
}

/** Four hanzi unique to `n` (base-24 digits). */
function hanziFor(n: number): string {
  let text = '';
  let rest = n;
  for (let digit = 0; digit < 4; digit++) {
    text += HAN[rest % HAN.length];
    rest = Math.floor(rest / HAN.length);
  }
  return text;
}

interface SyntheticTerm {
  id: string;
  alias: string;
  hanzi: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function syntheticEntries(count: number): { term: SyntheticTerm; yaml: string }[] {
  const { pinyin, traditional: toTaiwan } = loadReadings();
  return Array.from({ length: count }, (_, k) => {
    const word = codeword(k + 1000);
    const term: SyntheticTerm = { id: `synthetic-${word}`, alias: `synthetic ${word}`, hanzi: hanziFor(k) };
    const traditional = toTaiwan(term.hanzi);
    const entry = {
      term: `Synthetic ${word}`,
      hanzi: term.hanzi,
      ...(traditional !== term.hanzi ? { traditional } : {}),
      pinyin: pinyin(term.hanzi),
      aliases: [term.alias],
      category: 'concept',
      summary: `Benchmark term number ${k}, named ${word}.`,
      definition: `A synthetic entry made by the benchmark. Its name, *${word}*, appears in no real article.`,
      related: [],
      sources: [{ title: 'Benchmark', url: 'https://example.org/benchmark' }],
    };
    return { term, yaml: stringify(entry) };
  });
}

/** The words that make copy `i` distinct: two paragraphs of codewords and three synthetic terms. */
function distinctParagraphs(i: number, terms: readonly SyntheticTerm[]): [string, string] {
  const words = (offset: number) => Array.from({ length: 12 }, (_, w) => codeword(i * 31 + offset * 7 + w * 1_000_003)).join(' ');
  const named = terms.length === 0 ? [] : [0, 1, 2].map((j) => terms[(i * 3 + j) % terms.length]);
  const mentions = named.map((t) => `the ${t.alias} (${t.hanzi})`).join(', ');
  return [
    `Field note ${codeword(i)}: this edition records ${words(1)}${mentions ? `, and discusses ${mentions}` : ''}.`,
    `Closing remark ${codeword(i + 7)}: ${words(2)}.`,
  ];
}

export interface SyntheticCorpusOptions {
  /** The real content folder to copy from. */
  from: string;
  /** Folder to write `articles/`, `glossary/` and `boilerplate.yaml` into. */
  to: string;
  articles: number;
  terms: number;
}

export interface SyntheticCorpus {
  articleFiles: string[];
  realTerms: number;
  syntheticTerms: number;
}

export function writeSyntheticCorpus({ from, to, articles, terms }: SyntheticCorpusOptions): SyntheticCorpus {
  mkdirSync(path.join(to, 'articles'), { recursive: true });
  mkdirSync(path.join(to, 'glossary'), { recursive: true });
  cpSync(path.join(from, 'boilerplate.yaml'), path.join(to, 'boilerplate.yaml'));

  const realGlossary = readdirSync(path.join(from, 'glossary')).filter((name) => name.endsWith('.yaml'));
  for (const name of realGlossary) cpSync(path.join(from, 'glossary', name), path.join(to, 'glossary', name));
  const synthetic = syntheticEntries(Math.max(0, terms - realGlossary.length));
  for (const { term, yaml } of synthetic) writeFileSync(path.join(to, 'glossary', `${term.id}.yaml`), yaml);

  const sources = readdirSync(path.join(from, 'articles'))
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => readSource(`articles/${name}`, readFileSync(path.join(from, 'articles', name), 'utf8')));
  const articleFiles: string[] = [];
  for (let i = 0; i < articles; i++) {
    const source = sources[i % sources.length];
    const year = 2000 + (i % 25);
    const published = `${year}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`;
    const slug = `${year}-synthetic-${pad(i, 5)}-${source.slug.replace(/^\d{4}-/, '')}`;
    const frontMatter = {
      ...source.frontMatter,
      title: `${source.frontMatter.title} (${codeword(i)} edition)`,
      published,
      summary: `${source.frontMatter.summary} Edition ${codeword(i)}.`,
    };
    const [opening, closing] = distinctParagraphs(i, synthetic.map((s) => s.term));
    const body = source.format === 'markdown' ? `${opening}\n\n${source.body}\n\n${closing}\n` : `${opening}\n${source.body}\n${closing}\n`;
    const file = path.join(to, 'articles', `${slug}.${source.format === 'markdown' ? 'md' : 'txt'}`);
    writeFileSync(file, joinFrontMatter(stringify(frontMatter), body));
    articleFiles.push(file);
  }
  return { articleFiles, realTerms: realGlossary.length, syntheticTerms: synthetic.length };
}

/** Edits an article as an editor would, to time or test a rebuild: `line` becomes its first line of text, after the front matter. */
export function addOpeningLine(articleFile: string, line: string): void {
  const parts = splitFrontMatter(readFileSync(articleFile, 'utf8'));
  if (typeof parts === 'string') throw new Error(`${articleFile}: no front matter`);
  writeFileSync(articleFile, joinFrontMatter(parts.yaml, `${line}\n${parts.body}`));
}
