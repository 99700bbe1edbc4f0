/**
 * The dictionary layer on a real build: articles pasted with Chinese the glossary does not cover
 * build, every run of hanzi in their text (headings included) sits in a card with pinyin, curated
 * terms keep their own cards, dictionary cards say what they are and link to the word's page, and
 * the CC-CEDICT text stays out of the curated exports. The corpus is a fixture glossary (two
 * entries), two fixture articles, the 31 real captures of tests/fixtures/captures/ pasted with no
 * glossary work, and a draft entry made by term:new, so editors' additions to content/ do not
 * change what is tested.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldTerm } from '../pipeline/editor/term-scaffold.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { readCorpus } from '../pipeline/index.ts';
import { checkHanziCards } from '../scripts/support/hanzi-cards.ts';
import { loadPagefind } from '../scripts/support/pagefind-node.ts';
import { buildSite, SITE_BASE as BASE } from './support/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-dictionary-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const slug = '2024-data-factor-plan-notice';
const HEADINGS = '2024-fixture-heading-words';
const captures = readdirSync(path.join(root, 'tests', 'fixtures', 'captures')).filter((name) => name.endsWith('.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  cpSync(path.join(root, 'tests', 'fixtures', 'hostile', 'good', 'glossary'), path.join(content, 'glossary'), { recursive: true });
  cpSync(path.join(root, 'content', 'boilerplate.yaml'), path.join(content, 'boilerplate.yaml'));
  cpSync(path.join(root, 'tests', 'fixtures', 'dictionary', 'articles'), path.join(content, 'articles'), { recursive: true });
  for (const name of captures) cpSync(path.join(root, 'tests', 'fixtures', 'captures', name), path.join(content, 'articles', name));
  const input = await readCorpus({ contentDir: content });
  const draft = scaffoldTerm({ hanzi: '中国人民银行', english: "People's Bank of China" }, { glossary: loadGlossary(input.glossary), articles: input.articles });
  writeFileSync(path.join(content, 'glossary', `${draft.id}.yaml`), draft.yaml);
  await buildSite(
    { BASE_PATH: BASE, OUT_DIR: dist, CONTENT_DIR: content, GENERATED_DIR: path.join(work, 'generated'), ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') }
  );
}, 300_000);

const file = (...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8');
const prose = () => parse(file('articles', slug, 'index.html')).querySelector('.prose')!;

describe('dictionary cards', () => {
  it('builds every pasted article and puts every run of hanzi in its text, headings included, in a card with pinyin', () => {
    const slugs = [slug, HEADINGS, ...captures.map((name) => name.slice(0, -'.txt'.length))];
    let hanzi = 0;
    for (const article of slugs) {
      const result = checkHanziCards(file('articles', article, 'index.html'));
      expect(result.uncovered, article).toEqual([]);
      hanzi += result.total;
    }
    expect(hanzi).toBeGreaterThan(100);
  });

  it('gives every dictionary word a card, once per page, with the hanzi, a pinyin reading and a mark that it is a dictionary reading', () => {
    const html = prose();
    const links = html.querySelectorAll('.term-dictionary > .term-link');
    const cards = html.querySelectorAll('.term-dictionary > .term-card');
    expect(links.length).toBeGreaterThan(40);
    expect(cards.length).toBe(new Set(links.map((link) => link.getAttribute('data-term'))).size);
    for (const link of links) {
      const card = html.querySelector(`[id="card-${link.getAttribute('data-term')}"]`)!;
      expect(card, link.text).not.toBeNull();
      expect(card.querySelector('.term-card-hanzi')!.text).toBe(link.getAttribute('data-term')!.replace(/^word-/, ''));
      expect(card.querySelector('.term-card-pinyin')!.text, link.text).toMatch(/^\p{Script=Latin}/u);
      expect(card.querySelector('.term-card-kind')!.text).toMatch(/^Dictionary reading/);
      // As on a term's card, a traditional form says what it is (reader QA round 2: it stood unlabelled).
      if (card.querySelector('.term-card-traditional')) expect(card.querySelector('.term-card-other-form')!.text, link.text).toMatch(/^traditional \p{Script=Han}/u);
    }
    const liu = html.querySelector('[id="card-word-刘烈宏"]')!;
    expect(liu.querySelector('.term-card-pinyin')!.text).toBe('liúlièhóng');
    expect(liu.querySelector('.term-card-summary')!.text).toMatch(/^刘 liú .* · 烈 liè .* · 宏 hóng /);
  });

  it('ends every dictionary card with a link to the word’s page', () => {
    const cards = prose().querySelectorAll('.term-card-dictionary');
    expect(cards.length).toBeGreaterThan(10);
    for (const card of cards) {
      const link = card.querySelector('a.term-card-entry')!;
      expect(link.text).toBe('Dictionary page →');
      expect(link.querySelector('[aria-hidden=true]')?.text).toBe(' →');
      expect(link.getAttribute('href')).toBe(`${BASE}dictionary/${card.querySelector('.term-card-hanzi')!.text}/`);
    }
  });

  it('gives hanzi in a heading their cards, beside the heading’s own link, and keeps the heading’s id and contents entry, its hanzi marked Chinese as in the text', () => {
    const page = parse(file('articles', HEADINGS, 'index.html'));
    const heading = page.querySelector('.prose h2')!;
    expect(heading.id).toBe('the-data-administration-国家数据局');
    expect(heading.querySelectorAll('.term-dictionary > a.term-link').map((a) => a.text)).toEqual(['国家', '数据', '局']);
    expect(heading.nextElementSibling?.getAttribute('href')).toBe(`#${heading.id}`);
    // Marked like the text's runs, so screen readers read them as Chinese and the reader's script setting reaches them.
    expect(page.querySelector(`.toc a[href="#${heading.id}"]`)?.innerHTML).toBe('The Data Administration <span lang="zh-CN">国家数据局</span>');
  });

  it('indexes a heading with words for search by its plain text: their cards stay out of its title', async () => {
    const pagefind = await loadPagefind(path.join(dist, 'pagefind'), BASE);
    const results = (await pagefind.search('Data Administration'))?.results ?? [];
    const pages = (await Promise.all(results.map((result) => result.data()))) as unknown as { url: string; sub_results: { title: string; url: string }[] }[];
    const page = pages.find((record) => record.url === `${BASE}articles/${HEADINGS}/`)!;
    expect(page.sub_results.map((sub) => sub.title)).toContain('The Data Administration 国家数据局');
    await pagefind.destroy();
  });

  it('links a dictionary word at its first mention in each section only; later mentions are plain Chinese text', () => {
    const page = parse(file('articles', HEADINGS, 'index.html'));
    const [, section, next] = page.querySelectorAll('.prose p');
    expect(section.querySelectorAll('a').map((a) => a.text)).toEqual([]);
    const repeats = section.querySelectorAll('.term-mention');
    expect(repeats.map((mention) => mention.getAttribute('data-term'))).toEqual(['word-国家', 'word-数据', 'word-局', 'word-国家', 'word-数据', 'word-局']);
    for (const mention of repeats) expect(mention.querySelector('[lang=zh-CN]')?.text).toBe(mention.getAttribute('data-term')!.slice('word-'.length));
    // A new section: the heading's 数据 is a link again, the paragraph's a later mention.
    expect(page.querySelectorAll('.prose h2')[1].querySelector('a.term-link')?.text).toBe('数据');
    expect(next.querySelector('.term-mention')?.text).toBe('数据');
  });

  it('lets curated entries win: glossary terms keep their own cards and stay whole', () => {
    const curated = prose().querySelectorAll('a.term-link:not(.term-word)').map((link) => link.text);
    expect(curated).toEqual(['中国人民银行', '高质量发展']);
    const words = prose().querySelectorAll('.term-dictionary > .term-link').map((link) => link.text);
    expect(words).not.toContain('高质量发展');
    expect(words).toEqual(expect.arrayContaining(['国家', '发挥', '刘烈宏', '条列']));
  });

  it('links every card to a page of its own that carries the CC-CEDICT notice', () => {
    const hrefs = new Set(prose().querySelectorAll('.term-dictionary > .term-link').map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      const page = path.join(dist, decodeURIComponent(href.slice(BASE.length)), 'index.html');
      expect(existsSync(page), href).toBe(true);
    }
    const page = file('dictionary', '数据', 'index.html');
    expect(page).toContain('data');
    expect(page).toMatch(/CC-CEDICT.*Creative Commons Attribution-ShareAlike 4\.0/s);
    // The command that turns it into an entry names the word in Chinese, for a screen reader too.
    expect(parse(page).querySelector('.dictionary-notice code [lang=zh-CN]')?.text).toBe('数据');
    // And it lists the articles that use the word, so a reader can go back to them.
    expect(JSON.parse(file('dictionary.json')).words['数据'].articles).toContain(slug);
    expect(parse(page).querySelectorAll('.dictionary-uses a').map((link) => link.getAttribute('href'))).toContain(`${BASE}articles/${slug}/`);
  });

  it('gives the reader\'s traditional setting every hanzi of the article, not only its glossary terms\' (OpenCC by run)', () => {
    const data = JSON.parse(parse(file('articles', slug, 'index.html')).querySelector('#reader-data')!.text);
    // 卫 of 国家卫生健康委 and 挥 of 发挥: no entry of the fixture glossary holds them.
    expect(data.traditional).toMatchObject({ 卫: '衛', 挥: '揮', 银: '銀' });
  });

  it('keeps dictionary and curated data apart: dictionary.json carries the licence notice, glossary.json no draft and no CC-CEDICT text', () => {
    const dictionary = JSON.parse(file('dictionary.json'));
    expect(dictionary.notice).toMatch(/CC-CEDICT .*Attribution-ShareAlike 4\.0/);
    expect(dictionary.words['数据'].entries[0].senses).toContain('data');
    const glossary = file('glossary.json');
    expect(glossary).not.toContain('CC-CEDICT');
    expect(JSON.parse(glossary).terms.map((term: { hanzi: string }) => term.hanzi)).not.toContain('中国人民银行');
  });

  it("marks term:new's draft entry as a draft on its page, on its card in an article and in the glossary index", () => {
    expect(parse(file('glossary', 'peoples-bank-of-china', 'index.html')).querySelector('.draft-mark')!.text).toMatch(/^Draft entry/);
    const using = readdirSync(path.join(dist, 'articles')).map((name) => parse(file('articles', name, 'index.html')).querySelector('#card-peoples-bank-of-china')).find(Boolean);
    expect(using?.querySelector('.term-card-summary')!.text).toMatch(/^Draft entry, not yet reviewed:/);
    const row = parse(file('glossary', 'index.html')).querySelector('a[href$="/glossary/peoples-bank-of-china/"]')!.closest('div')!;
    expect(row.querySelector('dd')!.text).toMatch(/^Draft entry, not yet reviewed:/);
  });

  it('attributes CC-CEDICT on the About page', () => {
    expect(file('about', 'index.html')).toMatch(/CC-CEDICT.*Creative Commons Attribution-ShareAlike 4\.0 International/s);
  });
});
