/**
 * A glossary entry's pinyin cut into one syllable per character, for ruby (one <rt> per
 * syllable) and tone colours. The curated pinyin is the authority; pinyin-pro's reading of each
 * character only says where one syllable ends and the next begins (toneless, so polyphones and
 * neutral tones the entry overrides still align). Characters without a reading (２, ＋) get ''.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan } from '../../core/chinese-text.ts';

const SEPARATORS = /[\s'’\-·]/g;
// ü first (its marks would otherwise leave a bare u), as pinyin-pro writes it with `v: true`.
const toneless = (text: string) => text.replace(/[ǖǘǚǜüÜ]/g, 'v').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** One syllable per character of `hanzi`, with the entry's tone marks, or undefined when they do not line up. */
export function rubySyllables(hanzi: string, curated: string): string[] | undefined {
  const chars = [...hanzi];
  const readings = pinyin(hanzi, { type: 'array', toneType: 'none', v: true });
  if (readings.length !== chars.length) return undefined;
  const marked = curated.replace(SEPARATORS, '');
  // Tone marks are single code points in NFC, so the toneless text has the same length.
  const plain = toneless(marked.normalize('NFC'));
  if (plain.length !== marked.normalize('NFC').length) return undefined;
  const syllables: string[] = [];
  let at = 0;
  for (const [index, char] of chars.entries()) {
    if (!hasHan(char)) {
      syllables.push('');
      continue;
    }
    const reading = readings[index].toLowerCase();
    if (plain.slice(at, at + reading.length) !== reading) return undefined;
    syllables.push(marked.normalize('NFC').slice(at, at + reading.length));
    at += reading.length;
  }
  return at === plain.length ? syllables : undefined;
}
