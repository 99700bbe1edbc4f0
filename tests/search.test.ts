/**
 * Search, as a reader uses it: real queries in English, hanzi and pinyin against the Pagefind
 * index built from the real corpus by the shared build (under /policy-reader/), run through the
 * same code as the search page (src/client/search/run-search.ts, src/lib/search-options.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../pipeline/read/glossary.ts';
import { pinyinWords, syllables } from '../core/search-forms.ts';
import { hasHan } from '../core/chinese-text.ts';
import { aliasForm } from '../core/schema.ts';
import { hanziRuns } from '../core/article-search-words.ts';
import { normaliseQuery, type SearchHit } from '../src/client/search/run-search.ts';
import { SITE_BASE as BASE } from './support/build-site.ts';
import { articleSources, corpus } from './support/corpus.ts';
import { derivedQueries, handWrittenQueries } from './support/search-queries.ts';
import { article, pages, siteSearch, term } from './support/site-search.ts';

const { siteDir, search } = siteSearch();
const excerptText = (hit: SearchHit) => hit.excerpt.map((part) => part.text).join('');
const markedText = (hit: SearchHit) => hit.excerpt.filter((part) => part.marked).map((part) => part.text);
const glossary = loadGlossary(corpus.glossary);
/** Each article's page and source text. */
const bodyOf = new Map(articleSources.map((source) => [article(source.slug), source.body]));
/**
 * Whether `page` answers a query as `expected` does: it is that page, or an article holding all of
 * its text (an editor's copy of it, as test:editor adds one, which search cannot tell apart).
 */
const answersAs = (page: string | undefined, expected: string) =>
  page === expected || (page !== undefined && bodyOf.has(expected) && (bodyOf.get(page)?.includes(bodyOf.get(expected)!) ?? false));

describe('search finds the page a reader means (the query-quality suite)', () => {
  const suite = [...handWrittenQueries, ...derivedQueries(glossary)];
  it('has at least 60 queries of every kind the issue names', () => {
    expect(suite.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['English', 'English alias', 'English, one typo', 'hanzi', 'hanzi, middle', 'hanzi, traditional', 'pinyin with tones', 'pinyin, toneless', 'pinyin, toneless, no spaces', 'pinyin, toneless, syllables', 'nonsense']) {
      expect(suite.some((testCase) => testCase.kind === kind)).toBe(true);
    }
  });

  it.each(suite.map((testCase) => [testCase.kind, testCase.query, testCase] as const))('%s: %s', async (_kind, query, testCase) => {
    const response = await search(query);
    if (testCase.excluded) expect(pages(response.hits)).not.toContain(BASE + testCase.excluded);
    if (testCase.expected === null) {
      expect(response.hits).toEqual([]);
      expect(response.total).toBe(0);
      return;
    }
    const type = testCase.expected.startsWith('glossary/') ? 'term' : 'article';
    const first = response.groups.find((candidate) => candidate.type === type)?.hits[0]?.page;
    expect(answersAs(first, BASE + testCase.expected) ? BASE + testCase.expected : first).toBe(BASE + testCase.expected);
  });

  // Every entry of the real glossary, by each name a reader may type; one test per term, so that a
  // longer glossary adds tests rather than time to one of them.
  it('has the glossary\'s terms to search for', () => expect(glossary.length).toBeGreaterThan(25));
  it.each(glossary.map((entry) => [entry.id, entry] as const))('finds %s first of all results by its headword, hanzi and toneless pinyin', async (id, entry) => {
    const names = [
      ['English headword', entry.term],
      ['hanzi', entry.hanzi],
      ['toneless pinyin', pinyinWords(entry.pinyin).join(' ')],
      ['toneless pinyin, no spaces', pinyinWords(entry.pinyin).join('')],
    ];
    const missed: string[] = [];
    for (const [kind, query] of names) {
      const { hits } = await search(query);
      if (hits[0]?.page !== term(id)) missed.push(`${kind} "${query}": ${hits[0]?.page ?? 'nothing'} first, not ${term(id)}`);
    }
    expect(missed).toEqual([]);
  });

  // Reader QA: `wangxinban` (网信办, an alias of the CAC) found no term, while 网信办 did.
  const hanziAliases = glossary.map((entry) => [entry.id, entry.aliases.map((alias) => aliasForm(alias).text).filter(hasHan)] as const).filter(([, aliases]) => aliases.length > 0);
  it('has terms with hanzi aliases to search for', () => expect(hanziAliases.length).toBeGreaterThan(0));
  it.each(hanziAliases)('finds %s first among the terms by the toneless pinyin of each hanzi alias, joined and by syllable', async (id, aliases) => {
    const missed: string[] = [];
    for (const alias of aliases) {
      for (const query of [syllables(alias).join(''), syllables(alias).join(' ')]) {
        const { groups } = await search(query);
        const first = groups.find((group) => group.type === 'term')?.hits[0]?.page;
        if (first !== term(id)) missed.push(`"${query}" (${alias}): ${first ?? 'no term'} first, not ${term(id)}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('ranking and grouping', () => {
  it('shows the best article among the first results, however many terms match', async () => {
    const response = await search('data');
    const terms = response.groups.find((group) => group.type === 'term')!;
    expect(terms.hits.length).toBeGreaterThan(3);
    expect(response.hits.slice(0, 4).filter((hit) => hit.type === 'article')).toHaveLength(1);
    expect(response.hits[3].type).toBe('article');
  });

  it('puts a term whose hanzi is the query before terms whose hanzi only contain it', async () => {
    const names = (await search('信息化')).groups.find((group) => group.type === 'term')!.hits.map((hit) => hit.hanzi);
    expect(names[0]).toBe('信息化');
    const containing = names.filter((hanzi) => hanzi?.includes('信息化'));
    expect(containing.length).toBeGreaterThan(2);
    expect(names.slice(0, containing.length)).toEqual(containing);
  });

  it('respects pinyin syllables: xinxi (xin·xi) is not the start of xinxing (xin·xing)', async () => {
    const hits = (await search('xinxi')).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.type !== 'term' || /xinxi/.test((hit.pinyin ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s']/g, '')))).toBe(true);
    expect(pages(hits)).not.toContain(term('new-infrastructure'));
  });

  it('finds nothing for a word nothing starts, instead of matching its first letter', async () => {
    expect((await search('xyzzyq')).total).toBe(0);
    expect((await search('internet xyzzyq')).total).toBe(0);
  });

  it('corrects one misspelt English word when the query finds nothing, and says so', async () => {
    const response = await search('cybresecurity');
    expect(response.corrected).toBe('cybersecurity');
    expect(response.hits[0].page).toBe(term('cybersecurity'));
    expect((await search('cybersecurity')).corrected).toBeUndefined();
  });

  it('corrects a misspelt pinyin name too', async () => {
    const response = await search('guowuyan');
    expect(response.corrected).toBe('guowuyuan');
    expect(response.hits[0].page).toBe(term('state-council'));
  });

  it('corrects a part of a pinyin name typed as one word (reader QA: `gaozhilang`, of gaozhiliang fazhan, said No results)', async () => {
    const response = await search('gaozhilang');
    expect(response.corrected).toBe('gaozhiliang');
    expect(response.hits[0].page).toBe(term('high-quality-development'));
  });

  it('corrects a misspelt name the glossary romanises (reader QA: `li keqaing` found nothing, `xi jinpng` was corrected to "xi jineng")', async () => {
    const response = await search('li keqaing');
    expect(response.corrected).toBe('li keqiang');
    expect(pages(response.hits)).toContain(article('2015-the-diplomat-internet-plus-rural-economy'));
    expect((await search('xi jinpng')).corrected).toBe('xi jinping');
  });

  it('finds a term by a hanzi alias in traditional characters (reader QA: 網信辦, 网信办 of the CAC, found nothing)', async () => {
    expect((await search('網信辦')).hits[0]?.page).toBe(term('cyberspace-administration-of-china'));
    expect((await search('國家網信辦')).hits[0]?.page).toBe(term('cyberspace-administration-of-china'));
  });

  it('finds a name the text romanises in words typed as one word, and marks it (reader QA: `likeqiang` found nothing, `xijinping` only pages printing 习近平)', async () => {
    for (const [query, name, slug] of [['likeqiang', 'Li Keqiang', '2015-the-diplomat-internet-plus-rural-economy'], ['xijinping', 'Xi Jinping', '2022-digichina-informatization-plan-forum']]) {
      const hit = (await search(query)).hits.find((each) => each.page === article(slug));
      expect(hit, query).toBeDefined();
      expect(markedText(hit!)).toContain(name);
    }
  });
});

describe('every Chinese word of an article is findable', () => {
  // Each article's runs of hanzi (three or more characters), searched by a part that is not their start.
  const cases = corpus.articles.flatMap((file) => {
    const slug = path.basename(file.file).replace(/\.(txt|md)$/, '');
    return hanziRuns(file.text).filter((run) => [...run].length >= 3).slice(0, 4).map((run) => [slug, [...run].slice(1).join('')] as const);
  });
  it.each(cases)('%s by %s', async (slug, part) => {
    const articles = (await search(part, { limit: { article: 50 } })).groups.find((group) => group.type === 'article');
    expect(pages(articles?.hits ?? [])).toContain(article(slug));
  });
});

describe('search results carry what the page shows', () => {
  it('gives a term its type, hanzi, pinyin, category, and a sentence of its definition as the excerpt', async () => {
    const hit = (await search('high-quality development')).hits[0];
    expect(hit).toMatchObject({ type: 'term', title: 'High-quality development', hanzi: '高质量发展', pinyin: 'gāo zhìliàng fāzhǎn', category: 'slogan' });
    expect(excerptText(hit)).not.toMatch(/Traditional:|Literally:|高質量發展|gāo zhìliàng fāzhǎn/);
    expect(excerptText(hit)).toMatch(/[.!?)”]$/);
  });

  it('takes no term\'s excerpt from its list of sources, whose titles often repeat its name (reader QA: new quality productive forces)', async () => {
    const named = glossary.filter((entry) => entry.sources.some((source) => source.title.toLowerCase().includes(entry.term.toLowerCase())));
    expect(named.length).toBeGreaterThan(0);
    const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
    for (const entry of named) {
      const hit = (await search(entry.term)).hits.find((found) => found.page === term(entry.id));
      expect(hit, entry.id).toBeDefined();
      // The page's text without its Sources section holds the excerpt.
      const page = parse(readFileSync(path.join(siteDir, 'glossary', entry.id, 'index.html'), 'utf8'));
      page.querySelector('[aria-labelledby="sources-heading"]')?.remove();
      expect(collapse(page.querySelector('article')!.textContent), entry.id).toContain(collapse(excerptText(hit!).replace(/^…\s*|\s*…$/gu, '')));
    }
  });

  it('marks the query in the excerpt', async () => {
    const hit = (await search('data governance')).hits[0];
    expect(markedText(hit).map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['data', 'governance']));
  });

  it('gives an article its type, publisher, date, and the sentence that uses the query', async () => {
    const hit = (await search('informatization', { filters: { type: ['article'] } })).hits[0];
    expect(hit).toMatchObject({
      type: 'article',
      page: article('2022-digichina-informatization-plan-forum'),
      title: 'Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum',
      publisher: 'DigiChina, Stanford University',
      date: '2022-01-24',
    });
    expect(markedText(hit).some((text) => /^informatization/i.test(text))).toBe(true);
  });

  it('links an article result to the paragraph that holds the marked words, naming them in ?q=', async () => {
    for (const query of ['a new buzzword', '质量发展', 'gaozhiliang fazhan']) {
      const hit = (await search(query)).groups.find((group) => group.type === 'article')!.hits[0];
      const link = new URL(hit.url, 'https://example.org');
      expect(link.hash).toMatch(/^#p-[0-9a-f]+$/);
      const words = link.searchParams.get('q')!.split(' ');
      expect(words).toEqual(markedText(hit).filter((text, index, all) => all.indexOf(text) === index));
      const html = parse(readFileSync(path.join(siteDir, link.pathname.slice(BASE.length), 'index.html'), 'utf8'));
      const paragraph = html.querySelector(`[id="${link.hash.slice(1)}"]`)?.parentNode;
      for (const word of words) expect(paragraph?.textContent).toContain(word);
    }
  });
});

describe('what the search page counts and reads', () => {
  it('reads pinyin typed with tone numbers and full-width letters as the index holds them', async () => {
    expect(normaliseQuery('gao1 zhi4 liang4 fa1zhan3')).toBe('gao zhi liang fazhan');
    expect(normaliseQuery('lü4 ＡＩ G20 B2B 互联网＋')).toBe('lü AI G20 B2B 互联网＋');
    expect(normaliseQuery("People's Daily China’s")).toBe('People Daily China');
    const { groups } = await search('gao1zhi4liang4 fa1zhan3');
    expect(groups.find((group) => group.type === 'term')?.hits[0]?.page).toBe(term('high-quality-development'));
  });

  it('finds the articles that use a term by its traditional form, as by its simplified one', async () => {
    const articlesOf = async (query: string) => pages((await search(query)).groups.find((group) => group.type === 'article')?.hits ?? []);
    // Every entry with a traditional form that some article uses (most of them write it in English only).
    for (const entry of glossary.filter((candidate) => candidate.traditional)) {
      const simplified = await articlesOf(entry.hanzi);
      expect(new Set(await articlesOf(entry.traditional!)), entry.id).toEqual(new Set(simplified));
    }
  });

  it('finds the articles that use a term by its hanzi in full-width or plain forms alike (中国制造２０２５, 中国制造2025)', async () => {
    const articlesOf = async (query: string) => pages((await search(query)).groups.find((group) => group.type === 'article')?.hits ?? []);
    for (const entry of glossary.filter((candidate) => candidate.hanzi.normalize('NFKC') !== candidate.hanzi)) {
      expect(new Set(await articlesOf(entry.hanzi.normalize('NFKC'))), entry.id).toEqual(new Set(await articlesOf(entry.hanzi)));
    }
  });

  it("finds an article by its publisher's name", async () => {
    for (const publisher of new Set(articleSources.map((source) => source.frontMatter.publisher))) {
      const { hits } = await search(publisher, { filters: { type: ['article'] } });
      expect(hits.map((hit) => hit.publisher), publisher).toContain(publisher);
    }
  });

  it('counts only results that hold the query, and says when Pagefind has more it has not checked', async () => {
    for (const query of ['governan', 'data', 'xinxi', 'shu4ju4']) {
      const response = await search(query);
      expect(response.total).toBe(response.hits.length);
      for (const group of response.groups) expect(group.total).toBe(group.hits.length);
    }
    expect((await search('data', { filters: { type: ['term'] } })).more).toBe(true);
  });
});
