/** What the search page says about results left unchecked, on a stand-in for Pagefind's API. */
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';

/** Articles in Pagefind's order; each result's data is its record. Pagefind's prefix retries find pages without the query. */
function pagefindOf(texts: readonly string[]): PagefindApi {
  const records: PagefindRecord[] = texts.map((content, i) => ({ url: `/articles/a${i}/`, content, meta: { type: 'article', title: `Article ${i}` } }));
  return {
    search: async (_term, options) => ({
      results: options?.filters?.type?.any.includes('article') ? records.map((record, i) => ({ id: String(i), score: 1, data: async () => record })) : [],
    }),
  };
}

const other = 'The economy grows.';
const digitalization = 'The digitalization of industry goes on.';

describe('results left unchecked', () => {
  it('are "among the best matches" when few of those checked held the query (reading QA: "2+ results", and "Show more" found none)', async () => {
    const response = await runSearch(pagefindOf([digitalization, digitalization, ...Array<string>(30).fill(other)]), { query: 'digitalization' });
    expect(response.total).toBe(2);
    expect(response.more).toBe(true);
    expect(response.sparse).toBe(true);
  });

  it('are "more" when the page filled with results that hold the query', async () => {
    const response = await runSearch(pagefindOf(Array<string>(30).fill(digitalization)), { query: 'digitalization' });
    expect(response.total).toBe(FIRST_PAGE.article);
    expect(response).toMatchObject({ more: true, sparse: false });
  });

  it('are counted, and "Search further" checks more of them when none held the query (reader QA: the press showed no change)', async () => {
    const pagefind = pagefindOf(Array<string>(60).fill(other));
    const first = await runSearch(pagefind, { query: 'digitalization' });
    const further = await runSearch(pagefind, { query: 'digitalization', limit: { article: FIRST_PAGE.article * 2 } });
    expect(first).toMatchObject({ total: 0, more: true, checked: FIRST_PAGE.article * 4 });
    expect(further).toMatchObject({ total: 0, more: true, checked: FIRST_PAGE.article * 8 });
  });

  it('are none when every result was checked', async () => {
    expect(await runSearch(pagefindOf([digitalization, other]), { query: 'digitalization' })).toMatchObject({ total: 1, more: false, sparse: false });
  });
});

describe('a term named inside a longer query', () => {
  // A stand-in index: the term page holds its name (as words and as one word) but not "China".
  const term: PagefindRecord = {
    url: '/glossary/new-quality-productive-forces/',
    content: 'New quality productive forces. Innovation-driven, high-tech productivity growth.',
    meta: { type: 'term', title: 'New quality productive forces', whole: 'newqualityproductiveforces 新质生产力' },
  };
  const pagefind: PagefindApi = {
    search: async (query, options) => {
      const words = (query ?? '').toLowerCase().split(/\s+/);
      const holds = options?.filters?.type?.any.includes('term') && words.every((word) => term.content.toLowerCase().includes(word) || (term.meta.whole ?? '').includes(word));
      return { results: holds ? [{ id: 't', score: 1, data: async () => term }] : [] };
    },
  };

  it('is found when no term page holds every word of the query (reader QA: "new quality productive forces China" listed no term)', async () => {
    const response = await runSearch(pagefind, { query: 'new quality productive forces China' });
    expect(response.groups.find((group) => group.type === 'term')?.hits.map((hit) => hit.title)).toEqual(['New quality productive forces']);
  });

  it('is not made up from a run of words that names no term', async () => {
    const response = await runSearch(pagefind, { query: 'quality growth in China' });
    expect(response.groups.find((group) => group.type === 'term')?.hits).toEqual([]);
  });
});

describe('a pinyin name or term typed word by word', () => {
  // Articles as the index holds them (meta words and terms: core/article-search-words.ts, core/search-forms.ts).
  const articles: PagefindRecord[] = [
    { url: '/articles/interview/', content: 'To confront it, Xiao Qiang built China Digital Times. 总编辑萧强', meta: { type: 'article', title: 'Interview', date: '2019-08-08', words: '总编辑 编辑 萧强 zongbianji bianji ji xiaoqiang qiang zongbianjixiaoqiang' } },
    { url: '/articles/profile/', content: 'A profile of Xiao Qiang.', meta: { type: 'article', title: 'Profile', date: '2024-01-01' } },
    { url: '/articles/opinions/', content: 'Guiding opinions on digital government.', meta: { type: 'article', title: 'Opinions', words: '加强 高效 jiaqiang qiang gaoxiao xiao jiaqiangshuzizhengfu' } },
    { url: '/articles/forum/', content: 'Informatization and high-quality development.', meta: { type: 'article', title: 'Forum', words: 'xinxihua xihua hua zhili li shengchan chan chanye ye' } },
    { url: '/articles/explainer/', content: 'Premier Li Qiang spoke of new quality productive forces.', meta: { type: 'article', title: 'Explainer', terms: '新质生产力 xinzhishengchanli zhishengchanli shengchanli' } },
  ];
  // Pagefind's matching: every word of the query starts some word of the page.
  const pagefind: PagefindApi = {
    search: async (query, options) => {
      if (!options?.filters?.type?.any.includes('article')) return { results: [] };
      const words = (query ?? '').toLowerCase().split(/\s+/);
      const found = articles.filter((record) => {
        const own = [record.content, ...Object.values(record.meta)].join(' ').toLowerCase().split(/[^\p{L}]+/u);
        return words.every((word) => own.some((pageWord) => pageWord.startsWith(word)));
      });
      return { results: found.map((record) => ({ id: record.url, score: 1, data: async () => record })) };
    },
  };
  const listed = async (query: string) => (await runSearch(pagefind, { query })).hits.map((hit) => hit.page);

  it('lists the pages where its hanzi are, not those with its syllables in other words (reader QA: "Xiao Qiang" listed 高效 and 加强)', async () => {
    expect(await listed('Xiao Qiang')).toEqual(['/articles/interview/', '/articles/profile/']);
    expect(await listed('xiaoqiang')).toEqual(['/articles/interview/']);
  });

  it('lists them newest first when asked, though the pages holding the words joined were searched first', async () => {
    expect((await runSearch(pagefind, { query: 'Xiao Qiang', sort: 'date' })).hits.map((hit) => hit.page)).toEqual(['/articles/profile/', '/articles/interview/']);
  });

  it('finds the pages that use a term by its syllables typed apart, and not one whose words only start with them (reader QA: "xin zhi sheng chan li")', async () => {
    expect(await listed('xin zhi sheng chan li')).toEqual(['/articles/explainer/']);
  });
});

describe('the order of the groups', () => {
  const records: PagefindRecord[] = [
    { url: '/glossary/common-prosperity/', content: 'Common prosperity, revived by Xi Jinping.', meta: { type: 'term', title: 'Common prosperity', name: 'Common prosperity', whole: 'commonprosperity' } },
    { url: '/articles/speech/', content: 'Xi Jinping spoke of common prosperity.', meta: { type: 'article', title: 'Speech' } },
  ];
  const pagefind: PagefindApi = {
    search: async (_query, options) => ({ results: records.filter((record) => options?.filters?.type?.any.includes(record.meta.type!)).map((record) => ({ id: record.url, score: 1, data: async () => record })) }),
  };

  it('puts the articles first when the query names no term, only words the terms mention (reader QA: "Xi Jinping")', async () => {
    const response = await runSearch(pagefind, { query: 'Xi Jinping' });
    expect(response.hits.map((hit) => hit.page)).toEqual(['/articles/speech/', '/glossary/common-prosperity/']);
    expect(response.groups.map((group) => group.type)).toEqual(['article', 'term']);
    expect((await runSearch(pagefind, { query: 'common prosperity' })).groups.map((group) => group.type)).toEqual(['term', 'article']);
  });

  it('puts the terms first when the query names one in English and hanzi together (reader QA: "Data Security Law 数据安全法", and `网络安全 law` for the Cybersecurity Law, listed four articles first)', async () => {
    // The glossary's Data Security Law, and a sentence of China Leadership Monitor (fx-2021-china-leadership-monitor-kokas-data-security-law).
    const both: PagefindRecord[] = [
      { url: '/glossary/data-security-law/', content: 'The Data Security Law of the People’s Republic of China was adopted in June 2021.', meta: { type: 'term', title: 'Data Security Law', name: 'Data Security Law · DSL', whole: 'datasecuritylaw dsl shujuanquanfa 数据安全法 數據安全法', forms: '数据安全法 数据安全' } },
      { url: '/articles/kokas/', content: 'The 2021 Data Security Law (DSL) (数据安全法), which took effect on September 1, 2021.', meta: { type: 'article', title: 'Grand Data Strategy' } },
    ];
    const index: PagefindApi = {
      search: async (_query, options) => ({ results: both.filter((record) => options?.filters?.type?.any.includes(record.meta.type!)).map((record) => ({ id: record.url, score: 1, data: async () => record })) }),
    };
    for (const query of ['Data Security Law 数据安全法', '数据安全 law']) expect((await runSearch(index, { query })).groups.map((group) => group.type), query).toEqual(['term', 'article']);
  });
});
