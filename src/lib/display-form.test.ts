import { describe, expect, it } from 'vitest';
import { displayForm, storedIfShownOtherwise } from './display-form.ts';

describe('displayForm', () => {
  it('shows full-width letters, digits and signs in their ordinary form, and leaves Chinese punctuation alone', () => {
    expect(displayForm('中国制造２０２５')).toBe('中国制造2025');
    expect(displayForm('互联网＋，「ＡＩ」。')).toBe('互联网+，「AI」。');
  });

  it('keeps the stored form only where it is shown otherwise', () => {
    expect(storedIfShownOtherwise('中国制造２０２５')).toBe('中国制造２０２５');
    expect(storedIfShownOtherwise('高质量发展')).toBeUndefined();
  });
});
