/** One-edit spelling correction (spelling.ts). */
import { describe, expect, it } from 'vitest';
import { correctQuery, oneEditApart } from './spelling.ts';

const vocabulary = ['economy', 'digital', 'economic'];

describe('spelling correction', () => {
  it('knows the four one-edit mistakes', () => {
    expect(oneEditApart('prosperty', 'prosperity')).toBe(true); // a letter left out
    expect(oneEditApart('dataa', 'data')).toBe(true); // one too many
    expect(oneEditApart('fintekh', 'fintech')).toBe(true); // one wrong
    expect(oneEditApart('cybresecurity', 'cybersecurity')).toBe(true); // two swapped
    expect(oneEditApart('data', 'data')).toBe(false);
    expect(oneEditApart('dtaa', 'date')).toBe(false);
  });

  it('corrects unknown words only, to the first candidate in the vocabulary’s order', () => {
    expect(correctQuery('digital econmy', vocabulary)).toBe('digital economy');
    expect(correctQuery('digital economy', vocabulary)).toBeUndefined();
    expect(correctQuery('xyzzyq', vocabulary)).toBeUndefined();
    expect(correctQuery('数据', vocabulary)).toBeUndefined();
  });

  it('leaves a word that only runs on to a candidate to the search, when asked (`xinxin` is xinxi, not xinxing)', () => {
    expect(correctQuery('xinxin', ['xinxing', 'xinxi'])).toBe('xinxing');
    expect(correctQuery('xinxin', ['xinxing', 'xinxi'], false)).toBe('xinxi');
    expect(correctQuery('xinxin', ['xinxing'], false)).toBeUndefined();
  });

  it('keeps the quotation marks of a phrase and the other words as typed (reader QA: the quotes of "data secuirty law" were dropped)', () => {
    expect(correctQuery('"digital econmy" China', vocabulary)).toBe('"digital economy" China');
    expect(correctQuery('“Digital Econmy”', vocabulary)).toBe('“Digital economy”');
  });
});
