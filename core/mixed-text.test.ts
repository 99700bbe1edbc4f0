/** Hanzi and toned pinyin in plain text get their language (mixed-text.ts). */
import { describe, expect, it } from 'vitest';
import { splitMixedText } from './mixed-text.ts';

const tagged = (text: string) => splitMixedText(text).map((part) => (part.lang ? `[${part.lang}:${part.text}]` : part.text)).join('');

describe('splitMixedText', () => {
  it('tags a title’s pinyin and hanzi apart from its English (a11y QA: the pinyin of a title had no lang)', () => {
    expect(tagged('xīn zhì shēngchǎnlì: 新质生产力 - New Quality Productive Forces')).toBe(
      '[zh-Latn-pinyin:xīn zhì shēngchǎnlì]: [zh-CN:新质生产力] - New Quality Productive Forces',
    );
  });

  it('keeps an unmarked syllable between marked ones and an apostrophe in the run, and English words that spell syllables out of it', () => {
    expect(tagged('The phrase gāo zhìliàng de fāzhǎn, he said, in Xī’ān')).toBe('The phrase [zh-Latn-pinyin:gāo zhìliàng de fāzhǎn], he said, in [zh-Latn-pinyin:Xī’ān]');
    expect(tagged('A long plan for Beijing and Shanghai')).toBe('A long plan for Beijing and Shanghai');
  });

  it('marks a name in the possessive whole, without its ’s (The China Project: "President Xí Jìnpíng’s 习近平")', () => {
    expect(tagged('President Xí Jìnpíng’s 习近平 and Lǐ Qiáng\'s reforms')).toBe("President [zh-Latn-pinyin:Xí Jìnpíng]’s [zh-CN:习近平] and [zh-Latn-pinyin:Lǐ Qiáng]'s reforms");
  });

  it('leaves accented words of other languages alone when they spell no pinyin', () => {
    expect(tagged('Café policy in José Martí’s Cuba')).toBe('Café policy in José Martí’s Cuba');
  });

  it('gives the text back whole', () => {
    const text = 'Zhōngguó zhìzào 2025 (中国制造2025) and hù lián wǎng + plan';
    expect(splitMixedText(text).map((part) => part.text).join('')).toBe(text);
    expect(splitMixedText('Plain English, no Chinese')).toEqual([{ text: 'Plain English, no Chinese' }]);
    expect(splitMixedText('')).toEqual([]);
  });
});
