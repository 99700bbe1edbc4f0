/** Tone numbers of pinyin syllables, for tone colours (small: the browser loads it). */
const TONES: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };

/** The tone number of a syllable with tone marks: 1–4, 5 for the neutral tone. */
export function toneOf(syllable: string): number {
  for (const mark of syllable.normalize('NFD')) if (TONES[mark]) return TONES[mark];
  return 5;
}
