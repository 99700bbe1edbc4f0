/** Texts handed to the conversion threads in shared memory come back exactly as they went in. */
import { describe, expect, it } from 'vitest';
import { shareTexts, sharedFiles } from './shared-texts.ts';

describe('shared texts', () => {
  it('gives back every file, path and text, in order, whatever the text holds', () => {
    const files = [
      { file: 'content/articles/a.txt', text: '---\ntitle: “Made in China 2025”\n---\n数据要素 ×  互联网+ 😀 e\u0301 \u2028 end\n' },
      { file: 'content/articles/empty.md', text: '' },
      { file: 'content/articles/b.md', text: 'x'.repeat(100_000) + '中' },
    ];
    const shared = sharedFiles(structuredClone(shareTexts(files)));
    expect(shared.length).toBe(3);
    expect(Array.from({ length: shared.length }, (_, index) => shared.at(index))).toEqual(files);
  });
});
