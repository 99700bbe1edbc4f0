/** term:new's draft: filled from the reference tools, accepted by the lint, and never a second entry for the same hanzi. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossaryEntry } from '../read/glossary.ts';
import { lintGlossary } from '../lint/content-lint.ts';
import { readCorpus } from '../read/corpus-files.ts';
import { loadGlossary } from '../read/glossary.ts';
import { scaffoldTerm } from './term-scaffold.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

// A fixture glossary, so that entries editors add to content/ do not change what is tested.
const corpus = await readCorpus({ contentDir: path.join(import.meta.dirname, '../../tests/fixtures/hostile/good') });
const glossary = loadGlossary(corpus.glossary);
const article = { file: 'content/articles/2024-fixture.txt', text: 'The 国家数据局 (National Data Administration) said 国家数据局 would lead.', title: 'Fixture', url: 'https://example.org/fixture' };

describe('term:new', () => {
  it('writes a draft entry the lint accepts, with traditional form, pinyin by word, literal gloss, senses and the articles that use it', () => {
    const { id, yaml } = scaffoldTerm({ hanzi: '国家数据局', english: 'National Data Administration' }, { glossary, articles: [article] });
    expect(id).toBe('national-data-administration');
    const entry = parseGlossaryEntry({ file: `content/glossary/${id}.yaml`, text: yaml });
    expect(entry).toMatchObject({ term: 'National Data Administration', hanzi: '国家数据局', traditional: '國家數據局', pinyin: 'guójiā shùjù jú', draft: true });
    expect(entry.literal).toBe('country · data · office');
    expect(entry.definition).toContain('数据: data');
    expect(entry.sources[0]).toEqual({ title: 'Fixture', url: 'https://example.org/fixture' });
    expect(yaml).toContain('# Used in: content/articles/2024-fixture.txt (3×)'); // twice in hanzi, once by its English name
    const lint = lintGlossary({ glossaryFiles: [...corpus.glossary, { file: `content/glossary/${id}.yaml`, text: yaml }], entries: [...glossary, entry] });
    expect(lint.errors.map((error) => error.format())).toEqual([]);
  });

  it('counts the articles that use the term as the build will match it: by its English name too, and not inside a longer term', () => {
    const english = { file: 'content/articles/2024-english.txt', text: 'Officials praised Chinese-style modernization again.', title: 'In English', url: 'https://example.org/english' };
    const longer = { file: 'content/articles/2024-longer.txt', text: '高质量发展 is the goal.' };
    const { yaml } = scaffoldTerm({ hanzi: '中国式现代化', english: 'Chinese-style modernization' }, { glossary, articles: [english, longer] });
    expect(yaml).toContain('# Used in: content/articles/2024-english.txt (1×)');
    expect(parseGlossaryEntry({ file: 'content/glossary/chinese-style-modernization.yaml', text: yaml }).sources[0]).toEqual({ title: 'In English', url: 'https://example.org/english' });
    expect(scaffoldTerm({ hanzi: '高质量' }, { glossary, articles: [longer] }).yaml).toContain('# No article uses it yet.');
  });

  it('leaves out the syllable of a character no dictionary reads, rather than writing an empty one', () => {
    const { yaml } = scaffoldTerm({ hanzi: '𠮷野家' }, { glossary, articles: [] });
    expect(yaml).toMatch(/^pinyin: yějiā$/m);
    expect(yaml).toMatch(/^summary: 𠮷 · 野家 yějiā$/m);
  });

  it("glosses a term of one word character by character, without CC-CEDICT's usage labels", () => {
    const { id, yaml } = scaffoldTerm({ hanzi: '双循环' }, { glossary, articles: [] });
    expect(parseGlossaryEntry({ file: `content/glossary/${id}.yaml`, text: yaml }).literal).toBe('two · to follow · ring');
  });

  it('names the file after the pinyin without --en and takes CC-CEDICT senses as the draft English', () => {
    const { id, yaml } = scaffoldTerm({ hanzi: '乘数效应' }, { glossary, articles: [] });
    const entry = parseGlossaryEntry({ file: `content/glossary/${id}.yaml`, text: yaml });
    expect(id).toMatch(/^chengshu/);
    expect(entry.summary).toMatch(/multiplier/);
  });

  it('takes traditional input as the traditional form of a simplified entry, and says so', () => {
    const { yaml, notes } = scaffoldTerm({ hanzi: '網絡強國' }, { glossary, articles: [{ file: 'content/articles/2024-x.txt', text: '建设网络强国。' }] });
    expect(parseGlossaryEntry({ file: 'content/glossary/wangluo-qiangguo.yaml', text: yaml })).toMatchObject({ hanzi: '网络强国', traditional: '網絡強國', pinyin: 'wǎngluò qiángguó' });
    expect(yaml).toContain('# Used in: content/articles/2024-x.txt (1×)');
    expect(notes).toEqual(["網絡強國 is written in traditional characters: the entry's hanzi is 网络强国 (OpenCC), its traditional form 網絡強國"]);
    expect(() => scaffoldTerm({ hanzi: '高質量發展' }, { glossary, articles: [] })).toThrow(/already has an entry: content\/glossary\/high-quality-development\.yaml/);
  });

  it('refuses hanzi that already have an entry, an English name another entry has, an empty --en, and text that is not hanzi', () => {
    expect(() => scaffoldTerm({ hanzi: '高质量发展' }, { glossary, articles: [] })).toThrow(/already has an entry: content\/glossary\/high-quality-development\.yaml/);
    expect(() => scaffoldTerm({ hanzi: '高质量增长', english: 'HIGH-QUALITY development' }, { glossary, articles: [] })).toThrow(/"HIGH-QUALITY development" is already an English name of content\/glossary\/high-quality-development\.yaml/);
    expect(() => scaffoldTerm({ hanzi: '两会', english: '   ' }, { glossary, articles: [] })).toThrow(/--en is empty/);
    expect(() => scaffoldTerm({ hanzi: '两会', english: 'A' }, { glossary, articles: [] })).toThrow(/--en "A" is too short/);
    expect(() => scaffoldTerm({ hanzi: '两会', english: 'Timeline' }, { glossary, articles: [] })).toThrow(/the id "timeline" is taken by the glossary's own timeline page/);
    expect(() => scaffoldTerm({ hanzi: '高质量发展+' }, { glossary, articles: [] })).toThrow(/is not a run of Chinese characters/);
    // As English articles write it, with a plain plus: the entry writes it full-width.
    expect(() => scaffoldTerm({ hanzi: '互联网+' }, { glossary: [...glossary, testEntry('internet-plus', '互联网＋', [], 'initiative')], articles: [] })).toThrow(/already has an entry: content\/glossary\/internet-plus\.yaml/);
    expect(() => scaffoldTerm({ hanzi: 'data' }, { glossary, articles: [] })).toThrow(/is not a run of Chinese characters/);
  });
});
