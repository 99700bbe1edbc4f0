/** Names read as names (romanised-names.ts, dictionary-file.ts). Lines from China Story 2016 ("Lu Wei 鲁炜") and NPC Observer ("Wang Xiang (王翔)"). */
import { describe, expect, it } from 'vitest';
import { buildDictionary } from './dictionary-file.ts';
import { nameReading, romanisationsIn, romanisedName } from './romanised-names.ts';

const named = (text: string, word: string) => romanisedName(word, romanisationsIn(text));

describe('a name beside its romanisation', () => {
  it('is found before the hanzi, after a title, or in brackets after them', () => {
    expect(named('Back in 2014, Lu Wei 鲁炜, until recently', '鲁炜')).toBe('Lu Wei');
    expect(named('said Premier Li Keqiang 李克强 on Monday', '李克强')).toBe('Li Keqiang');
    expect(named('鲁炜 (Lu Wei) was', '鲁炜')).toBe('Lu Wei');
  });

  it('is not found where the words beside the hanzi do not spell them, or the word is no name’s length', () => {
    expect(named('the Digital China 数字中国 plan', '数字中国')).toBeUndefined();
    expect(named('Shuzi Zhongguo 数字中国', '数字中国')).toBeUndefined();
    expect(named('Lu Wei 鲁', '鲁')).toBeUndefined();
  });

  it('is found where the article writes the name out elsewhere (China Digital Times: "Xiao Qiang" in the text, 总编辑萧强 in a quotation)', () => {
    const romanisations = romanisationsIn('To confront this enormous "ship", Xiao Qiang, adjunct professor at the University of California, built China Digital Times.');
    expect(romanisedName('萧强', romanisations)).toBe('Xiao Qiang');
    expect(romanisedName('王翔', romanisations)).toBeUndefined();
    expect(romanisedName('萧', romanisations)).toBeUndefined();
  });

  it('is read in tone marks as the romanisation divides it', () => {
    expect(nameReading('鲁炜', 'Lu Wei')).toBe('Lǔ Wěi');
    expect(nameReading('刘烈宏', 'Liu Liehong')).toBe('Liú Lièhóng');
    expect(nameReading('鲁炜', 'Lu')).toBeUndefined();
  });
});

describe('a named word in generated/dictionary.json', () => {
  it('reads a name CC-CEDICT lacks as that name, without the senses of its characters; a word CC-CEDICT has keeps them', () => {
    const { words } = buildDictionary([{ slug: 'a', words: ['鲁炜', '数据'], names: { 鲁炜: 'Lu Wei', 数据: 'Shu Ju' } }]);
    expect(words['鲁炜']).toMatchObject({ pinyin: 'Lǔ Wěi', name: 'Lu Wei', parts: [], entries: [] });
    expect(words['数据'].name).toBeUndefined();
    expect(words['数据'].entries[0].senses).toContain('data');
  });
});
