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

/** The text of an article page's paragraph whose anchor is `anchor`. */
const paragraphText = (articleHtml: string, anchor: string | undefined) => decode(new RegExp(`<span id="${anchor}"></span>([\\s\\S]*?)</p>`).exec(articleHtml)?.[1] ?? '');

/** The keyword-in-context lines of a term page: link target, the line's text, the highlighted surface forms. */
function concordanceLines(html: string) {
  const section = /<section class="concordance"[^>]*data-pagefind-ignore[^>]*>([\s\S]*?)<\/section>\s*<section aria-labelledby="sources-heading"/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<li>([\s\S]*?)<a class="kwic-keyword" href="([^"#]+)#([^"]+)">([\s\S]*?)<\/a>([\s\S]*?)<\/li>/g)].map(([, before, href, anchor, keyword, after]) => ({
    href,
    anchor,
    sentence: decode(before + keyword + after),
    surfaces: [...keyword.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map(([, surface]) => decode(surface)),
  }));
}

describe('term page', () => {
  it('shows headword, hanzi, pinyin, traditional and literal gloss with their languages', () => {
    const html = page('glossary', 'high-quality-development');
    expect(html).toMatch(/<h1[^>]*>High-quality development<\/h1>/);
    expect(html).toMatch(/<p class="term-hanzi"[^>]*><span lang="zh-CN"[^>]*>高质量发展<\/span>/);
    expect(html).toContain('gāo zhìliàng fāzhǎn');
    expect(html).toMatch(/<span lang="zh-TW"[^>]*>高質量發展<\/span>/);
    expect(html).toContain('Literally: high · quality · development');
  });

  it('quotes every mention of a term in context, the surface forms highlighted, linking to its paragraph, counted as shown', () => {
    const html = page('glossary', 'high-quality-development');
    const lines = concordanceLines(html).filter((l) => l.href === `${BASE}articles/${FORUM}/`);
    // The English name and its bracketed hanzi: one mention, one line, both marked, a few words either side.
    expect(lines.map((l) => [l.href, l.surfaces])).toEqual([[`${BASE}articles/${FORUM}/`, ['high-quality development', '高质量发展']]]);
    // The line reads as the article does: no space inside the quotation marks or before the comma.
    expect(lines[0].sentence).toMatch(/^….*challenges requires “high-quality development” \(高质量发展\), a new buzzword .*…$/);
    expect(lines[0].sentence.length).toBeLessThan(110);
    // A name and its bracketed hanzi are one mention, on one line (passage): the page says no more.
    expect(html).toMatch(/<p>1 mention in 1 article, /);
    expect(paragraphText(page('articles', FORUM), lines[0].anchor)).toContain('Meeting these challenges requires');
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

  it('quotes at most 20 passages of one article, in order, counts them all and links to where the rest start', () => {
    // tests/fixtures/site-extra/: an article that mentions its term 25 times, numbered.
    const long = `${BASE}articles/2018-fixture-many-mentions/`;
    const html = page('glossary', 'fixture-recurrence');
    const lines = concordanceLines(html).filter((l) => l.href === long);
    expect(lines.map((l) => /Mention (\d+) /.exec(l.sentence)?.[1])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(html).toMatch(new RegExp(`<a href="${long}">[^<]*</a> <span class="concordance-count"[^>]*>\\(25 mentions\\)</span>`));
    // The rest start at the 21st mention's paragraph.
    const rest = new RegExp(`<a href="${long}#([^"]+)">5 more passages in this article</a>`).exec(html)?.[1];
    expect(paragraphText(page('articles', '2018-fixture-many-mentions'), rest)).toContain('Mention 21 of');
    expect(html).toContain('An article shows at most 20 of its passages here; its page has them all.');
  });

  it('quotes a mention in a section heading and links to the heading', () => {
    // tests/fixtures/site-extra/: an article that names its term in a heading and nowhere else.
    const article = `${BASE}articles/2017-fixture-term-in-heading/`;
    const html = page('glossary', 'fixture-recurrence');
    const lines = concordanceLines(html).filter((l) => l.href === article);
    expect(lines.map((l) => [l.sentence.replace(/\s+/g, ' '), l.surfaces])).toEqual([['What the fixture recurrence (重复出现) means', ['fixture recurrence', '重复出现']]]);
    expect(html).toMatch(new RegExp(`<a href="${article}">[^<]*</a> <span class="concordance-count"[^>]*>\\(1 mention\\)</span>`));
    expect(page('articles', '2017-fixture-term-in-heading')).toMatch(new RegExp(`<h2 id="[^"]+"[^>]*><span id="${lines[0].anchor}"></span>What the`));
  });

  it('counts the same mentions in the chart by year as in the concordance, a name and its bracketed hanzi once', () => {
    const chartTotal = (html: string) => [...html.matchAll(/<g class="mention-bar" data-year="\d+" data-count="(\d+)"/g)].reduce((sum, [, count]) => sum + Number(count), 0);
    let checked = 0;
    for (const { id } of entries) {
      const html = page('glossary', id);
      const total = /<p>(\d+) mentions?(?: in \d+ passages?)? (?:in|of) \d+ articles?,/.exec(html)?.[1];
      if (!total) continue;
      expect(chartTotal(html), id).toBe(Number(total));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    // The fixture article (2018) names its term with the hanzi in brackets, 25 times.
    expect(page('glossary', 'fixture-recurrence')).toMatch(/data-year="2018" data-count="25"/);
  });

  it('counts every mention of an article, a form a sentence repeats too, and says in how many passages when the two differ', () => {
    const groups = (html: string) =>
      [...html.matchAll(/<h3><a href="[^"]*\/articles\/([^/"]+)\/">[\s\S]*?<\/a> <span class="concordance-count">\((\d+) mentions?(?: in (\d+) passages?)?\)<\/span><\/h3>[\s\S]*?<ol class="kwic">([\s\S]*?)<\/ol>/g)].map(
        ([, slug, mentions, passages, lines]) => ({ slug, mentions: Number(mentions), passages: Number(passages ?? mentions), lines: lines.match(/<li[ >]/g)!.length, marks: lines.match(/<mark>/g)!.length }),
      );
    let repeats = 0;
    for (const { id } of entries) {
      for (const group of groups(page('glossary', id))) {
        if (group.passages > 20) continue;
        const context = `${id} in ${group.slug}`;
        expect(group.passages, context).toBe(group.lines);
        // Every form the article uses is marked; a bracketed gloss counts with its form, so no more mentions than marks.
        expect(group.marks, context).toBe(callouts.get(group.slug)?.[id]);
        expect(group.mentions, context).toBeLessThanOrEqual(group.marks);
        expect(group.mentions, context).toBeGreaterThanOrEqual(group.passages);
        if (group.mentions > group.passages) repeats++;
      }
    }
    // A sentence repeating a form ("“ecosystem” or "ecology" (生态)") once made one mention of two.
    expect(repeats).toBeGreaterThan(0);
  });

  it('says so when no article uses a term', () => {
    expect(page('glossary', UNUSED)).toContain('No article uses this term yet.');
  });

  it('links a term at its first mention in each section; repeats in the section are plain text', () => {
    const html = page('articles', '2022-digichina-informatization-plan-forum');
    const body = html.slice(html.indexOf('class="prose"'), html.indexOf('class="term-cards"'));
    const sections = body.split(/<h2[ >]/);
    let repeats = 0;
    for (const section of sections) {
      const mentions = [...section.matchAll(/<(a class="term-link"|span class="term-mention")[^>]*data-term="national-informatization-plan"/g)].map((m) => m[1].startsWith('a'));
      if (mentions.length === 0) continue;
      expect(mentions[0]).toBe(true);
      expect(mentions.slice(1).every((link) => !link)).toBe(true);
      repeats += mentions.length - 1;
    }
    expect(repeats).toBeGreaterThan(0);
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
    const pinyin = rows(page('glossary', 'by-pinyin'));
    expect(pinyin).toEqual([...entries].sort(byPinyin).map((e) => e.id));
    expect(pinyin.indexOf('secure-and-controllable')).toBeLessThan(pinyin.indexOf('disorderly-capital')); // ānquán kěkòng, zīběn wúxù kuòzhāng
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
    expect(data.articles.map((a) => a.slug).sort()).toEqual(corpus.articles.map((f) => path.basename(f.file).replace(/\.(txt|md)$/, '')).sort());
  });

  it('glossary.json counts mentions as the term pages do: a name and its bracketed hanzi once', () => {
    const data = JSON.parse(read('glossary.json')) as { terms: { id: string; occurrences: { total: number; byArticle: Record<string, number> } }[] };
    // “high-quality development” (高质量发展): two callouts, one mention on the term page.
    const hqd = data.terms.find((t) => t.id === 'high-quality-development')!;
    expect(callouts.get(FORUM)?.['high-quality-development']).toBe(2);
    expect(hqd.occurrences.byArticle[FORUM]).toBe(1);
    for (const { id, occurrences } of data.terms) {
      const html = page('glossary', id);
      expect(occurrences.total, id).toBe(Object.values(occurrences.byArticle).reduce((sum, n) => sum + n, 0));
      const shown = /<p>(\d+) mentions?(?: in \d+ passages?)? (?:in|of) (\d+) articles?,/.exec(html);
      expect([occurrences.total, Object.keys(occurrences.byArticle).length], id).toEqual(shown ? [Number(shown[1]), Number(shown[2])] : [0, 0]);
      for (const [, slug, mentions] of html.matchAll(/<h3><a href="[^"]*\/articles\/([^/"]+)\/">[\s\S]*?<\/a> <span class="concordance-count">\((\d+) mentions?/g)) {
        expect(occurrences.byArticle[slug], `${id} in ${slug}`).toBe(Number(mentions));
      }
    }
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
