/**
 * The dictionary layer on a real build: an article pasted with Chinese the glossary does not cover
 * builds, every run of hanzi in its text sits in a card with pinyin, curated terms keep their own
 * cards, dictionary cards say what they are, and the CC-CEDICT text stays out of the curated
 * exports. The corpus is a fixture glossary (two entries), a fixture article and a draft entry made
 * by term:new, so editors' additions to content/ do not change what is tested.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldTerm } from '../pipeline/editor/term-scaffold.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { readCorpus } from '../pipeline/index.ts';
import { buildSite, SITE_BASE as BASE } from './support/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-dictionary-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const slug = '2024-data-factor-plan-notice';
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  cpSync(path.join(root, 'tests', 'fixtures', 'hostile', 'good', 'glossary'), path.join(content, 'glossary'), { recursive: true });
  cpSync(path.join(root, 'content', 'boilerplate.yaml'), path.join(content, 'boilerplate.yaml'));
  cpSync(path.join(root, 'tests', 'fixtures', 'dictionary', 'articles'), path.join(content, 'articles'), { recursive: true });
  const input = await readCorpus({ contentDir: content });
  const draft = scaffoldTerm({ hanzi: '中国人民银行', english: "People's Bank of China" }, { glossary: loadGlossary(input.glossary), articles: input.articles });
  writeFileSync(path.join(content, 'glossary', `${draft.id}.yaml`), draft.yaml);
  await buildSite(
    { BASE_PATH: BASE, OUT_DIR: dist, CONTENT_DIR: content, GENERATED_DIR: path.join(work, 'generated'), ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') }
  );
}, 300_000);

const file = (...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8');
const prose = () => parse(file('articles', slug, 'index.html')).querySelector('.prose')!;

/**
 * Text of `element` outside the cards (what the reader sees in the running text). Headings are
 * left out: a heading is a link to itself, so neither curated nor dictionary callouts go inside it.
 */
function runningText(element: HTMLElement): { text: string; inCallout: boolean }[] {
  const pieces: { text: string; inCallout: boolean }[] = [];
  const walk = (node: HTMLElement, inCallout: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) pieces.push({ text: child.rawText, inCallout });
      else if (child.nodeType === 1) {
        const el = child as HTMLElement;
        if (el.classList.contains('term-card') || /^H[1-6]$/.test(el.tagName)) continue;
        walk(el, inCallout || el.classList.contains('term-link'));
      }
    }
  };
  walk(element, false);
  return pieces;
}

describe('dictionary cards', () => {
  it('builds the pasted article and puts every run of hanzi in its text inside a callout', () => {
    const bare = runningText(prose()).filter((piece) => !piece.inCallout && /\p{Script=Han}/u.test(piece.text));
    expect(bare.map((piece) => piece.text)).toEqual([]);
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
    }
    const liu = html.querySelector('[id="card-word-刘烈宏"]')!;
    expect(liu.querySelector('.term-card-pinyin')!.text).toBe('liúlièhóng');
    expect(liu.querySelector('.term-card-summary')!.text).toMatch(/^刘 liú .* · 烈 liè .* · 宏 hóng /);
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
  });

  it('keeps dictionary and curated data apart: dictionary.json carries the licence notice, glossary.json no draft and no CC-CEDICT text', () => {
    const dictionary = JSON.parse(file('dictionary.json'));
    expect(dictionary.notice).toMatch(/CC-CEDICT .*Attribution-ShareAlike 4\.0/);
    expect(dictionary.words['数据'].entries[0].senses).toContain('data');
    const glossary = file('glossary.json');
    expect(glossary).not.toContain('CC-CEDICT');
    expect(JSON.parse(glossary).terms.map((term: { hanzi: string }) => term.hanzi)).not.toContain('中国人民银行');
  });

  it("marks term:new's draft entry as a draft on its page", () => {
    expect(parse(file('glossary', 'people-s-bank-of-china', 'index.html')).querySelector('.draft-mark')!.text).toMatch(/^Draft entry/);
  });

  it('attributes CC-CEDICT on the About page', () => {
    expect(file('about', 'index.html')).toMatch(/CC-CEDICT.*Creative Commons Attribution-ShareAlike 4\.0 International/s);
  });
});
