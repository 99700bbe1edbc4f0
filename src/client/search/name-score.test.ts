/** How well a term's names hold a query (name-score.ts). */
import { describe, expect, it } from 'vitest';
import { nameScore } from './name-score.ts';

// Term pages' fields as SearchRecord writes them (content/glossary: critical-information-infrastructure, high-quality-development).
const cii = { content: '', meta: { name: 'Critical information infrastructure (CII) · critical information infrastructure · CII', pinyin: 'guānjiàn xìnxī jīchǔ shèshī', whole: 'criticalinformationinfrastructurecii cii guanjianxinxijichusheshi 关键信息基础设施 關鍵信息基礎設施' } };
const hqd = { content: '', meta: { name: 'High-quality development', pinyin: 'gāo zhìliàng fāzhǎn', whole: 'highqualitydevelopment gaozhiliangfazhan 高质量发展 高質量發展' } };

describe('a name holding a query', () => {
  it('holds a query of several words inside it only where its words but the last are words of the name (e2e typing `xi jinping` on main: `xi j` named critical information infrastructure, guanjian·xinxi·jichu)', () => {
    expect(nameScore(cii, 'xi j')).toBe(0);
    expect(nameScore(cii, 'xinxi jichu')).toBeGreaterThan(1);
    expect(nameScore(cii, 'information infra')).toBeGreaterThan(1);
    expect(nameScore(hqd, 'zhiliang fazhan')).toBeGreaterThan(1);
    expect(nameScore(hqd, 'quality development')).toBeGreaterThan(1);
  });

  it('holds one word anywhere inside a name, and any query starting it', () => {
    expect(nameScore(hqd, '质量发展')).toBeGreaterThan(1);
    expect(nameScore(hqd, 'zhiliang')).toBeGreaterThan(1);
    expect(nameScore(cii, 'guanjian xi')).toBeGreaterThan(2);
    expect(nameScore(hqd, 'gāo zhìliàng fāzhǎn')).toBe(5);
  });
});
