/** A pinyin word nothing holds: mistyped, or still being typed (run-search.ts, spelling.ts), on a stand-in for Pagefind's API. */
import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi, type PagefindRecord } from './run-search.ts';

// Two term pages of content/glossary, with the toneless pinyin forms their pages carry.
const informatization: PagefindRecord = {
  url: '/glossary/informatization/',
  content: 'Informatization. 信息化. xìnxīhuà. Xinxihua names the whole process of bringing digital technology into every sector.',
  meta: { type: 'term', title: 'Informatization', forms: 'xinxi xinxihua' },
};
const newInfrastructure: PagefindRecord = {
  url: '/glossary/new-infrastructure/',
  content: 'New infrastructure. 新型基础设施建设. xīnxíng jīchǔ shèshī jiànshè. Investment drive in 5G networks and data centres.',
  meta: { type: 'term', title: 'New infrastructure', forms: 'xinxing xinxingjichusheshijianshe' },
};
const highQuality: PagefindRecord = {
  url: '/glossary/high-quality-development/',
  content: 'High-quality development. 高质量发展. gāo zhìliàng fāzhǎn. Xi Jinping-era guiding formula for growth.',
  meta: { type: 'term', title: 'High-quality development', forms: 'gaozhiliang gaozhiliangfazhan' },
};

/** Every term page for any query: the words check (match-words.ts) decides which hold it. */
const pagefind: PagefindApi = {
  search: async (_term, options) => ({
    results: options?.filters?.type?.any.includes('term') ? [newInfrastructure, informatization, highQuality].map((record) => ({ id: record.url, score: 1, data: async () => record })) : [],
  }),
};

// The correction that only runs on from the typed word first: the list's order decides among candidates.
const vocabulary = async () => ['xinxing', 'xinxi', 'gaozhi'];

describe('a pinyin word nothing holds at syllable boundaries', () => {
  it('is corrected when it reads wholly as syllables (reader QA: `xinxin`, a slip for xinxi 信息, listed 新型 xinxing)', async () => {
    const response = await runSearch(pagefind, { query: 'xinxin', vocabulary });
    expect(response.corrected).toBe('xinxi');
    expect(response.hits.map((hit) => hit.page)).toEqual([informatization.url]);
  });

  it('is read as being typed when its last syllable is unfinished (`gaozhil`), though a word one edit away exists', async () => {
    const response = await runSearch(pagefind, { query: 'gaozhil', vocabulary });
    expect(response.corrected).toBeUndefined();
    expect(response.hits.map((hit) => hit.page)).toEqual([highQuality.url]);
  });

  it('is read as being typed when no correction finds anything', async () => {
    const response = await runSearch(pagefind, { query: 'xinxin', vocabulary: async () => ['xinxing'] });
    expect(response.corrected).toBeUndefined();
    expect(response.hits.map((hit) => hit.page)).toEqual([newInfrastructure.url]);
  });
});
