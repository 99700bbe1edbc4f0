import { describe, expect, it } from 'vitest';
import { scriptParts } from './mixed-query.ts';

describe('a query mixing hanzi and other words', () => {
  it('splits into the words outside the Chinese and the Chinese, each a search of its own', () => {
    expect(scriptParts('Xi 习近平')).toEqual({ other: 'Xi', chinese: '习近平' });
    expect(scriptParts('PIPL 个人信息 protection')).toEqual({ other: 'PIPL protection', chinese: '个人信息' });
    expect(scriptParts('数据 安全法 law')).toEqual({ other: 'law', chinese: '数据 安全法' });
  });

  it('leaves a query in one script, or with only punctuation beside the hanzi, whole', () => {
    expect(scriptParts('Xi Jinping')).toBeUndefined();
    expect(scriptParts('习近平 数字政府')).toBeUndefined();
    expect(scriptParts('“互联网+”')).toBeUndefined();
  });
});
