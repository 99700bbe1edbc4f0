/** What a reader sees on the built pages (shared build under /policy-reader/): shell, article extras, home, about. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { articleSources } from './support/corpus.ts';

const siteDir = inject('siteDir');
// <pre> is parsed as elements (Shiki's spans), not raw text.
const page = (...parts: string[]) => parse(readFileSync(path.join(siteDir, ...parts, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const FORUM = '2022-digichina-informatization-plan-forum';
const MERICS = '2016-merics-13th-five-year-plan-digital';
/** The built content's articles newest first (same date: by slug), derived here so that an editor's new article changes the expectation, not the verdict. */
const newestFirst = [...articleSources].sort((a, b) => (a.frontMatter.published < b.frontMatter.published ? 1 : a.frontMatter.published > b.frontMatter.published ? -1 : a.slug.localeCompare(b.slug)));

describe('page shell', () => {
  const html = page('articles', FORUM);

  it('has description, canonical URL, Open Graph, favicon, feed and sitemap links under the base', () => {
    expect(html.querySelector('meta[name=description]')?.getAttribute('content')).toMatch(/Two analysts read/);
    expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`https://example.github.io${BASE}articles/${FORUM}/`);
    expect(html.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain('Informatization Plan');
    expect(html.querySelector('link[rel=icon]')?.getAttribute('href')).toBe(`${BASE}favicon.svg`);
    expect(html.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`${BASE}rss.xml`);
  });

  it('sets the stored theme before the stylesheet can paint, and offers a toggle in the header tools', () => {
    const head = html.querySelector('head')!.innerHTML;
    expect(head.indexOf("localStorage.getItem('theme')")).toBeGreaterThan(-1);
    expect(html.querySelector('.header-tools .theme-toggle')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('links Articles, Glossary, Search and About, marking the current section', () => {
    const links = html.querySelectorAll('nav[aria-label=Site] a');
    expect(links.map((a) => a.text)).toEqual(['Articles', 'Glossary', 'Search', 'About']);
    const current = (root: ReturnType<typeof page>) => root.querySelectorAll('nav[aria-label=Site] a[aria-current=page]').map((a) => a.text);
    expect(current(html)).toEqual(['Articles']);
    expect(current(page('glossary'))).toEqual(['Glossary']);
    expect(current(page('glossary', 'high-quality-development'))).toEqual(['Glossary']);
    expect(current(page('search'))).toEqual(['Search']);
    // The 404 page is in no section: it must not tell a screen reader "Articles, current page".
    const notFound = parse(readFileSync(path.join(siteDir, '404.html'), 'utf8'));
    expect(current(notFound)).toEqual([]);
  });
});

describe('article page', () => {
  const forum = page('articles', FORUM);

  it('has a source box with publisher, authors, date, reading time and the original', () => {
    const box = forum.querySelector('.source-box')!;
    expect(box.text).toContain('DigiChina, Stanford University');
    expect(box.text).toContain('Rogier Creemers and Paul Triolo');
    expect(box.querySelector('time')?.getAttribute('datetime')).toBe('2022-01-24');
    expect(box.querySelector('.reading-time')?.text).toMatch(/^\d+ min$/);
    expect(box.querySelector('a.original')?.getAttribute('href')).toMatch(/^https:\/\/digichina\.stanford\.edu\//);
  });

  it('has a table of contents whose entries reach headings with a named link to themselves beside their text', () => {
    const entries = page('articles', MERICS).querySelectorAll('.toc a');
    expect(entries.length).toBe(3);
    const merics = page('articles', MERICS);
    for (const entry of entries) {
      const id = entry.getAttribute('href')!.slice(1);
      const heading = merics.getElementById(id)!;
      expect(heading.tagName).toBe('H2');
      // Beside the heading, not in it, so the heading's name stays its text.
      expect(heading.querySelector('a:not(.term-link)')).toBeNull();
      const anchor = heading.nextElementSibling!;
      expect(anchor.classList.contains('heading-anchor')).toBe(true);
      expect(anchor.getAttribute('href')).toBe(`#${id}`);
      // Named "Link to section" and the heading's text; the "#" itself is not read.
      expect(anchor.getAttribute('aria-labelledby')).toBe(`${anchor.id} ${id}`);
      expect(anchor.getAttribute('aria-label')).toBe('Link to section');
      expect(anchor.querySelector('[aria-hidden=true]')?.text).toBe('#');
      // The contents show the heading's plain text, whatever term links the heading holds.
      expect(entry.innerHTML).toBe(entry.text);
      expect(heading.text).toBe(entry.text);
    }
  });

  it('annotates terms inside headings, as links inside no other link', () => {
    const inHeadings = page('articles', MERICS).querySelectorAll('.prose h2 a.term-link');
    expect(inHeadings.length).toBeGreaterThan(0);
    for (const link of inHeadings) expect(link.parentNode!.closest('a')).toBeNull();
  });

  it('has no table of contents when the article has no headings', () => {
    expect(page('articles', '2015-the-diplomat-internet-plus-rural-economy').querySelector('.toc')).toBeNull();
  });

  it('has no table of contents when it would list one section, and keeps that heading in the text', () => {
    const single = page('articles', '2021-state-council-rule-of-law-data');
    expect(single.querySelector('.toc')).toBeNull();
    expect(single.querySelectorAll('.prose h2').length).toBe(1);
  });

  it('keeps the footnotes label visually hidden and plain', () => {
    const label = forum.getElementById('footnote-label');
    expect(label?.classList.contains('sr-only')).toBe(true);
    expect(label?.querySelector('a')).toBeNull();
    expect(forum.querySelectorAll('.footnotes a[data-footnote-backref]').length).toBeGreaterThan(0);
  });

  it('ends with its terms, collapsed and by English name: hanzi, pinyin and summary', () => {
    expect(forum.querySelector('details.terms-in-article')?.hasAttribute('open')).toBe(false);
    const items = forum.querySelectorAll('.terms-in-article li');
    expect(items.length).toBeGreaterThan(10);
    const names = items.map((li) => li.querySelector('a')!.text);
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const hqd = items.find((li) => li.querySelector('a')?.getAttribute('href') === `${BASE}glossary/high-quality-development/`)!;
    expect(hqd.querySelector('[lang=zh-CN]')?.text).toBe('高质量发展');
    expect(hqd.querySelector('.pinyin')?.text).toBe('gāo zhìliàng fāzhǎn');
    expect(hqd.querySelector('.summary-text')?.text).toContain('14th Five-Year Plan');
  });

  it('links every article to the previous (older) and next (newer) one, none past the ends', () => {
    expect(newestFirst.length).toBeGreaterThan(2);
    newestFirst.forEach(({ slug }, index) => {
      const nav = page('articles', slug).querySelector('.article-nav')!;
      const href = (rel: string) => nav.querySelector(`a[rel=${rel}]`)?.getAttribute('href');
      const older = newestFirst[index + 1];
      const newer = newestFirst[index - 1];
      expect(href('prev'), slug).toBe(older ? `${BASE}articles/${older.slug}/` : undefined);
      expect(href('next'), slug).toBe(newer ? `${BASE}articles/${newer.slug}/` : undefined);
    });
  });

  it('has one card per term: English name, hanzi (and traditional), pinyin, summary and the full entry, each in its language', () => {
    const card = forum.getElementById('card-high-quality-development')!;
    expect(forum.querySelectorAll('#card-high-quality-development').length).toBe(1);
    expect(card.getAttribute('role')).toBe('group');
    expect(card.hasAttribute('hidden')).toBe(true);
    expect(card.querySelectorAll('p').map((p) => p.classList.value[0])).toEqual(['term-card-name', 'term-card-forms', 'term-card-pinyin', 'term-card-summary', 'term-card-actions']);
    expect(card.querySelector('.term-card-name')?.text).toBe('High-quality development');
    expect(card.querySelector('.term-card-hanzi[lang=zh-CN]')?.text).toBe('高质量发展');
    expect(card.querySelector('.term-card-traditional[lang=zh-TW]')?.text).toBe('高質量發展');
    expect(card.querySelector('.term-card-pinyin')?.getAttribute('lang')).toBe('zh-Latn-pinyin');
    expect(card.querySelector('a.term-card-entry')?.getAttribute('href')).toBe(`${BASE}glossary/high-quality-development/`);
  });
});

describe('full-width digits in a term’s hanzi (中国制造２０２５; fixture tests/fixtures/site-extra/)', () => {
  const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋＆＃％＠]/;
  /** Every Chinese run a page shows outside an article's own text, save those the article script rewrites from their stored form. */
  const shownRuns = (html: ReturnType<typeof page>) => {
    html.querySelector('.prose')?.remove();
    return html.querySelectorAll('[lang="zh-CN"], [lang="zh-TW"]').filter((span) => !span.hasAttribute('data-stored')).map((span) => span.text);
  };

  it('shows them in their usual form without JavaScript: term page, title, glossary lists, graph, timeline, cards', () => {
    const term = page('glossary', 'made-in-china-2025');
    expect(term.querySelector('.term-hanzi [lang=zh-CN]')?.text).toBe('中国制造2025');
    expect(term.querySelector('.term-traditional [lang=zh-TW]')?.text).toBe('中國製造2025');
    expect(term.querySelector('title')?.text).toContain('(中国制造2025)');
    const article = page('articles', '2020-fixture-full-width-digits');
    const card = article.getElementById('card-made-in-china-2025')!;
    expect(card.querySelector('.term-card-hanzi')?.text).toBe('中国制造2025');
    // The article script reads the stored form (its ruby and traditional forms are keyed by it).
    expect(card.querySelector('.term-card-hanzi')?.getAttribute('data-stored')).toBe('中国制造２０２５');
    expect(card.querySelector('.term-card-traditional')?.text).toBe('中國製造2025');
    for (const parts of [[], ['glossary'], ['glossary', 'by-pinyin'], ['glossary', 'by-category'], ['glossary', 'graph'], ['glossary', 'timeline'], ['glossary', 'made-in-china-2025'], ['glossary', 'industrial-policy'], ['articles', '2020-fixture-full-width-digits']]) {
      const runs = shownRuns(page(...parts));
      expect(runs.length, parts.join('/')).toBeGreaterThan(0);
      expect(runs.filter((run) => FULL_WIDTH.test(run)), parts.join('/')).toEqual([]);
    }
  });
});

describe('a title with hanzi (fixture tests/fixtures/site-extra/)', () => {
  const SLUG = '2019-fixture-hanzi-in-title';
  const chinese = (root: ReturnType<typeof page>, selector: string) => root.querySelector(selector)?.querySelector('[lang=zh-CN]')?.text;
  const pinyin = (root: ReturnType<typeof page>, selector: string) => root.querySelector(selector)?.querySelector('[lang=zh-Latn-pinyin]')?.text;

  it('marks the hanzi as Chinese and the pinyin as pinyin in the heading, the article lists and the neighbours’ links', () => {
    expect(chinese(page('articles', SLUG), 'h1')).toBe('数字经济');
    expect(pinyin(page('articles', SLUG), 'h1')).toBe('shùzì jīngjì');
    const home = page();
    const item = home.querySelectorAll('.article-list li').find((li) => li.querySelector('a')?.getAttribute('href') === `${BASE}articles/${SLUG}/`);
    expect(item && chinese(item as unknown as ReturnType<typeof page>, 'h3')).toBe('数字经济');
    expect(item && pinyin(item as unknown as ReturnType<typeof page>, 'h3')).toBe('shùzì jīngjì');
    const index = newestFirst.findIndex((a) => a.slug === SLUG);
    const neighbour = newestFirst[index + 1] ?? newestFirst[index - 1];
    expect(chinese(page('articles', neighbour.slug), `.article-nav a[href="${BASE}articles/${SLUG}/"]`)).toBe('数字经济');
    expect(chinese(page('glossary', 'digital-economy'), `h3:has(a[href="${BASE}articles/${SLUG}/"])`) ?? chinese(page('glossary', 'digital-economy'), `a[href="${BASE}articles/${SLUG}/"]`)).toBe('数字经济');
  });
});

describe('home and about', () => {
  it('lists the articles newest first with publisher, date and summary, and features terms', () => {
    const home = page();
    const items = home.querySelectorAll('.article-list li');
    const newest = newestFirst.slice(0, 20);
    expect(items.length).toBe(newest.length);
    newest.forEach(({ slug, frontMatter }, index) => {
      expect(items[index].querySelector('a')?.getAttribute('href')).toBe(`${BASE}articles/${slug}/`);
      expect(items[index].querySelector('.publisher')?.text).toBe(frontMatter.publisher);
      expect(items[index].querySelector('time')?.getAttribute('datetime')).toBe(frontMatter.published);
    });
    expect(home.querySelectorAll('.featured-terms li [lang=zh-CN]').length).toBe(6);
    expect(home.querySelectorAll(`a[href="${BASE}glossary/"]`).length).toBeGreaterThan(0);
  });

  it('shows the contribution examples highlighted for light and dark', () => {
    const about = page('about');
    const blocks = about.querySelectorAll('pre.astro-code');
    expect(blocks.length).toBe(2);
    expect(blocks[1].text).toContain('hanzi: 高质量发展');
    expect(blocks[1].getAttribute('style')).toContain('--shiki-dark');
  });
});
