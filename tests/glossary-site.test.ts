/**
 * The glossary as a reader meets it in the built site (shared build under /policy-reader/): term
 * pages with a concordance whose links land on real paragraphs, the three index orders, and the
 * JSON and Anki CSV exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { convertCorpus } from '../pipeline/index.ts';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { byPinyin } from '../src/lib/glossary-views.ts';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { corpus } from './support/corpus.ts';

const siteDir = inject('siteDir');
const read = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts), 'utf8');
const page = (...parts: string[]) => read(...parts, 'index.html');
const entries = loadGlossary(corpus.glossary);
const FORUM = '2022-digichina-informatization-plan-forum';
/** Callouts per article of the content the site was built from: expectations follow an editor's additions. */
const callouts = new Map(convertCorpus(corpus).articles.map((article) => [article.slug, article.callouts]));
/** A term of the test build's fixtures (tests/fixtures/site-extra/) that no article uses. */
const UNUSED = 'fixture-reference-entry';
const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The concordance lines of a term page: link target and the highlighted surface forms. */
function concordanceLines(html: string) {
  const section = /<section class="concordance"[^>]*data-pagefind-ignore[^>]*>([\s\S]*?)<\/section>\s*<section aria-labelledby="sources-heading"/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<li><a href="([^"#]+)#([^"]+)">([\s\S]*?)<\/a><\/li>/g)].map(([, href, anchor, inner]) => ({
    href,
    anchor,
    sentence: decode(inner),
    surfaces: [...inner.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map(([, surface]) => decode(surface)),
  }));
}

describe('term page', () => {
  it('shows headword, hanzi, pinyin, traditional and literal gloss with their languages', () => {
    const html = page('glossary', 'high-quality-development');
    expect(html).toMatch(/<h1[^>]*>High-quality development<\/h1>/);
    expect(html).toMatch(/<p class="term-hanzi" lang="zh-CN"[^>]*>高质量发展<\/p>/);
    expect(html).toContain('gāo zhìliàng fāzhǎn');
    expect(html).toMatch(/<span lang="zh-TW"[^>]*>高質量發展<\/span>/);
    expect(html).toContain('Literally: high · quality · development');
  });

  it('quotes every known occurrence of a term with the surface form highlighted, linking to its paragraph, each sentence once', () => {
    const lines = concordanceLines(page('glossary', 'high-quality-development')).filter((l) => l.href === `${BASE}articles/${FORUM}/`);
    // The English name and its hanzi in one sentence: one line, both marked.
    expect(lines.map((l) => [l.href, l.surfaces])).toEqual([[`${BASE}articles/${FORUM}/`, ['high-quality development', '高质量发展']]]);
    expect(lines[0].sentence).toBe('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword associated with the broader 14th Five-Year Plan.');
    const article = page('articles', '2022-digichina-informatization-plan-forum');
    const paragraph = new RegExp(`<span id="${lines[0].anchor}"></span>([\\s\\S]*?)</p>`).exec(article)?.[1] ?? '';
    expect(decode(paragraph)).toContain('Meeting these challenges requires');
  });

  it('links every concordance line of every term to an anchor that exists in the article, and quotes the surface form the article shows', () => {
    let total = 0;
    const articles = new Map<string, string>();
    for (const { id } of entries) {
      for (const line of concordanceLines(page('glossary', id))) {
        const slug = line.href.replace(`${BASE}articles/`, '').replace(/\/$/, '');
        if (!articles.has(slug)) articles.set(slug, page('articles', slug));
        expect(articles.get(slug), `${id} → ${slug}#${line.anchor}`).toContain(`<span id="${line.anchor}"></span>`);
        expect(line.surfaces.length).toBeGreaterThan(0);
        for (const surface of line.surfaces) expect(line.sentence).toContain(surface);
        total += line.surfaces.length;
      }
    }
    expect(total).toBeGreaterThan(200);
  });

  it('says so when no article uses a term', () => {
    expect(page('glossary', UNUSED)).toContain('No article uses this term yet.');
  });

  it('marks only the first callout of a term in an article as the first', () => {
    const html = page('articles', '2022-digichina-informatization-plan-forum');
    const callouts = [...html.matchAll(/<span class="term"( data-first="true")?><a class="term-link"[^>]*data-term="national-informatization-plan"/g)];
    expect(callouts.map((m) => Boolean(m[1]))).toEqual([true, false, false, ...callouts.slice(3).map(() => false)]);
  });
});

describe('glossary index pages', () => {
  const rows = (html: string) => [...html.matchAll(/<dt><a href="[^"]*glossary\/([^/"]+)\/">/g)].map((m) => m[1]);

  it.each([['glossary'], ['glossary/by-pinyin'], ['glossary/by-category']])('%s lists every term once, with hanzi, pinyin, summary and article count', (where) => {
    const html = page(...where.split('/'));
    expect(rows(html).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(html).toMatch(/<span class="hanzi" lang="zh-CN"[^>]*>高质量发展<\/span> <span class="pinyin"[^>]*>gāo zhìliàng fāzhǎn<\/span>/);
    const row = (id: string) => new RegExp(`<dt><a href="[^"]*glossary/${id}/">[\\s\\S]*?(?=<dt>|$)`).exec(html)?.[0] ?? '';
    const uses = [...callouts.values()].filter((counts) => counts['high-quality-development']).length;
    expect(row('high-quality-development')).toContain(uses === 1 ? 'Used in 1 article.' : `Used in ${uses} articles.`);
    expect(row(UNUSED)).toContain('Used in no article yet.');
  });

  it('orders by English headword, by pinyin letters then tones, and by category', () => {
    const english = rows(page('glossary'));
    expect(english.indexOf('active')).toBeLessThan(english.indexOf('big-data'));
    // The order itself is byPinyin's (unit-tested in src/lib/glossary-views.test.ts), whatever the entries.
    expect(rows(page('glossary', 'by-pinyin'))).toEqual(entries.toSorted(byPinyin).map((e) => e.id));
    const category = page('glossary', 'by-category');
    expect(category.indexOf('id="plan"')).toBeLessThan(category.indexOf('id="phrase"'));
  });
});

describe('glossary exports', () => {
  it('glossary.json holds every field of every entry, its page and its occurrences per article', () => {
    const data = JSON.parse(read('glossary.json')) as { articles: { slug: string }[]; terms: Record<string, unknown>[] };
    expect(data.terms).toHaveLength(entries.length);
    for (const entry of entries) {
      const term = data.terms.find((t) => t.id === entry.id);
      // Relations in both directions are derived (tests/terms-in-time.test.ts checks them).
      const { url, occurrences, relations, ...fields } = term ?? {};
      expect(relations).toBeDefined();
      expect(fields, entry.id).toEqual(JSON.parse(JSON.stringify(entry)));
      expect(url).toBe(`https://example.github.io${BASE}glossary/${entry.id}/`);
      expect(occurrences).toBeDefined();
    }
    const hqd = data.terms.find((t) => t.id === 'high-quality-development');
    const byArticle = Object.fromEntries([...callouts].flatMap(([slug, counts]) => (counts['high-quality-development'] ? [[slug, counts['high-quality-development']]] : [])));
    expect(byArticle[FORUM]).toBe(2);
    expect(hqd?.occurrences).toEqual({ total: Object.values(byArticle).reduce((sum, n) => sum + n, 0), byArticle });
    expect(data.articles.map((a) => a.slug).sort()).toEqual(corpus.articles.map((f) => path.basename(f.file).replace(/\.(txt|md)$/, '')).sort());
  });

  it('glossary.csv is an Anki notes file: headers, then hanzi on the front and pinyin, English, summary and renderings on the back', () => {
    const text = read('glossary.csv');
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:comma', '#html:false', '#notetype:Basic', '#columns:Front,Back,Tags,GUID', '#tags column:3', '#guid column:4']);
    const records = parseCsv(lines.slice(6).join('\n'), { relax_column_count: false }) as string[][];
    expect(records).toHaveLength(entries.length);
    for (const entry of entries) {
      const record = records.find((r) => r[3] === `policy-reader:${entry.id}`);
      const renderings = entry.renderings.length > 0 ? ` · Renderings: ${entry.renderings.map((r) => `${r.text} (${r.by})`).join('; ')}` : '';
      expect(record, entry.id).toEqual([entry.hanzi, `${entry.pinyin} · ${entry.term} · ${entry.summary}${renderings}`, `policy-reader policy-reader::${entry.category}`, `policy-reader:${entry.id}`]);
    }
  });

  it('exports exist at the site root under the base path', () => {
    expect(existsSync(path.join(siteDir, 'glossary.json'))).toBe(true);
    expect(page('glossary')).toContain(`href="${BASE}glossary.csv"`);
  });
});
