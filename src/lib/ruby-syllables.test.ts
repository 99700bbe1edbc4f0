import { describe, expect, it } from 'vitest';
import { rubySyllables } from './ruby-syllables.ts';
import { toneOf } from './tones.ts';

describe('rubySyllables', () => {
  it('cuts the curated pinyin into one syllable per character, tone marks kept', () => {
    expect(rubySyllables('高质量发展', 'gāo zhìliàng fāzhǎn')).toEqual(['gāo', 'zhì', 'liàng', 'fā', 'zhǎn']);
    expect(rubySyllables('西安', "Xī'ān")).toEqual(['Xī', 'ān']);
    expect(rubySyllables('绿色', 'lǜsè')).toEqual(['lǜ', 'sè']);
  });

  it('keeps the entry’s reading of a polyphone and a neutral tone', () => {
    expect(rubySyllables('有为政府', 'yǒuwéi zhèngfǔ')).toEqual(['yǒu', 'wéi', 'zhèng', 'fǔ']);
    expect(rubySyllables('清楚', 'qīngchu')).toEqual(['qīng', 'chu']);
  });

  it('gives characters without a reading an empty syllable, and refuses pinyin that does not line up', () => {
    expect(rubySyllables('互联网＋', 'hùliánwǎng jiā')).toBeUndefined();
    expect(rubySyllables('互联网＋', 'hùliánwǎng')).toEqual(['hù', 'lián', 'wǎng', '']);
    expect(rubySyllables('高质量发展', 'gāo zhìliàng')).toBeUndefined();
  });

  it('reads the tone of a syllable', () => {
    expect(['gāo', 'wéi', 'fǔ', 'zhì', 'chu', 'lǜ'].map(toneOf)).toEqual([1, 2, 3, 4, 5, 4]);
  });
});
