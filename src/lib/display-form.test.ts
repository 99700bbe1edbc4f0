import { describe, expect, it } from 'vitest';
import { displayForm } from './display-form.ts';

describe('displayForm', () => {
  it('shows full-width letters, digits and signs in their ordinary form, and leaves Chinese punctuation alone', () => {
    expect(displayForm('中国制造２０２５')).toBe('中国制造2025');
    expect(displayForm('互联网＋，「ＡＩ」。')).toBe('互联网+，「AI」。');
  });
});
