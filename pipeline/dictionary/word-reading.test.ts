/** Dictionary readings as a card shows them: CC-CEDICT's senses, pinyin checked against it, characters where it lacks the word. */
import { describe, expect, it } from 'vitest';
import { loadCedict, parseCedict } from './cedict.ts';
import { joinSyllables, markedSyllables, readableSense, readWord } from './word-reading.ts';

const sample = parseCedict(['#! date=2026-01-02T03:04:05Z', '數據 数据 [shu4 ju4] /data/', '長 长 [chang2] /long/', '長 长 [zhang3] /chief; head/', '綠 绿 [lu:4] /green/', '% % [pa1] /percent (Tw)/'].join('\n'));

describe('CC-CEDICT', () => {
  it('reads headwords, readings, senses and the data date, and finds a word by its traditional form too', () => {
    expect(sample.date).toBe('2026-01-02T03:04:05Z');
    expect(sample.lookup('数据')).toEqual([{ simplified: '数据', traditional: '數據', numbered: 'shu4 ju4', senses: ['data'] }]);
    expect(sample.lookup('數據')[0].senses).toEqual(['data']);
    expect(sample.lookup('长').map((entry) => entry.numbered)).toEqual(['chang2', 'zhang3']);
  });

  it('indexed for some headwords only, finds those as the full index does, by either form, and nothing else', () => {
    const text = ['#! date=2026-01-02T03:04:05Z', '數據 数据 [shu4 ju4] /data/', '長 长 [chang2] /long/', '長 长 [zhang3] /chief; head/', '綠 绿 [lu:4] /green/'].join('\n');
    const some = parseCedict(text, new Set(['长', '數據']));
    expect(some.lookup('长')).toEqual(sample.lookup('长'));
    expect(some.lookup('數據')).toEqual(sample.lookup('數據'));
    expect(some.lookup('绿')).toEqual([]);
    expect(some.date).toBe(sample.date);
  });

  it('ships with the package, no download: a real entry and a recent date', () => {
    const cedict = loadCedict();
    expect(cedict.lookup('数据')[0].senses).toContain('data');
    expect(cedict.date).toMatch(/^20\d\d-\d\d-\d\d/);
  });
});

describe('word readings', () => {
  it('writes numbered pinyin with tone marks, ü and the neutral tone, and joins a word with apostrophes where needed', () => {
    expect(markedSyllables('lu:4 se4 le5')).toEqual(['lǜ', 'sè', 'le']);
    expect(joinSyllables(['xī', 'ān'])).toBe("xī'ān");
    expect(joinSyllables(['shù', 'jù'])).toBe('shùjù');
  });

  it('writes a name as CC-CEDICT divides it into words, capitals kept and marked', () => {
    expect(markedSyllables('A1 li3 ba1 ba1')).toEqual(['Ā', 'lǐ', 'bā', 'bā']);
    expect(markedSyllables('Ou1 yang2')).toEqual(['Ōu', 'yáng']);
    expect(joinSyllables(markedSyllables('Xi2 Jin4 ping2'))).toBe('Xí Jìnpíng');
    expect(joinSyllables(markedSyllables('Zhong1 guo2 Gong4 chan3 dang3'))).toBe('Zhōngguó Gòngchǎndǎng');
    expect(joinSyllables(markedSyllables('Xi1 an1'))).toBe("Xī'ān");
    expect(joinSyllables(['Mǎ', 'kè', 'sī', '·', 'Ēn', 'gé', 'sī'])).toBe('Mǎkèsī·Ēngésī');
    expect(readWord('李克强', loadCedict()).pinyin).toBe('Lǐ Kèqiáng');
  });

  it("writes CC-CEDICT's notation for other words in hanzi and tone marks", () => {
    expect(readableSense('CL:筆|笔[bi3]')).toBe('measure word: 笔 (bǐ)');
    expect(readableSense('CL:個|个[ge4],條|条[tiao2]')).toBe('measure word: 个 (gè),条 (tiáo)');
    expect(readableSense('see 西安市[Xi1 an1 Shi4]')).toBe("see 西安市 (Xī'ān Shì)");
    expect(readableSense('Taiwan pr. [zhi2]')).toBe('Taiwan pr. zhí');
    expect(readableSense('data; numbers')).toBe('data; numbers');
  });

  it("gives a word CC-CEDICT has its senses, the reading that agrees with pinyin-pro first, and OpenCC's traditional form", () => {
    const word = readWord('数据', loadCedict());
    expect(word).toMatchObject({ hanzi: '数据', traditional: '數據', pinyin: 'shùjù', parts: [] });
    expect(word.entries[0].senses).toContain('data');
    expect(readWord('行', loadCedict()).entries[0].pinyin).toBe('xíng');
  });

  it('reads a compound CC-CEDICT lacks by the longest words it has, else character by character, each with pinyin and a gloss', () => {
    const word = readWord('国家数据局', loadCedict());
    expect(word.entries).toEqual([]);
    expect(word.pinyin).toBe('guójiāshùjùjú');
    expect(word.parts.map((part) => `${part.hanzi} ${part.pinyin} ${part.gloss}`)).toEqual(['国家 guójiā country; nation; state', '数据 shùjù data', '局 jú office']);
    expect(readWord('战略部署', loadCedict()).parts.map((part) => part.hanzi)).toEqual(['战略', '部署']);
    expect(readWord('𠮷', loadCedict()).parts).toEqual([{ hanzi: '𠮷', pinyin: '' }]);
  });
});
