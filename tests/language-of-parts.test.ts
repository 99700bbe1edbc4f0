/**
 * Language of parts (WCAG 3.1.2): the pages are English, so every hanzi a reader sees must sit
 * inside an element marked as Chinese, or screen readers read it with an English voice and
 * browsers may pick the wrong glyphs; so must pinyin with tone marks (zh-Latn-pinyin), which an
 * English voice misreads. Checked on every page of the shared build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from './support/site-pages.ts';
import { splitMixedText } from '../core/mixed-text.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir);

/** Not read as running text: code samples are shown as written; the <title> cannot carry a lang. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'PRE', 'CODE', 'TEMPLATE']);
const HAN = /\p{Script=Han}+/gu;

/** Runs of hanzi and of toned pinyin in visible text whose nearest lang is not Chinese. */
function untagged(node: Node, lang: string): string[] {
  if (node.nodeType === 3) return lang.startsWith('zh') ? [] : splitMixedText(node.text).flatMap((part) => (part.lang ? [part.text] : []));
  if (node.nodeType !== 1) return [];
  const element = node as unknown as { tagName: string; hasAttribute(name: string): boolean; getAttribute(name: string): string | undefined };
  if (SKIPPED.has(element.tagName) || element.hasAttribute('hidden')) return [];
  const own = element.getAttribute('lang') ?? lang;
  return node.childNodes.flatMap((child) => untagged(child, own));
}

describe('Chinese in English pages', () => {
  it('marks every visible run of hanzi and of toned pinyin as Chinese, on every page', () => {
    expect(pages.length).toBeGreaterThan(90);
    let runs = 0;
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(siteDir, page), 'utf8');
      runs += html.match(HAN)?.length ?? 0;
      const found = untagged(parse(html, { blockTextElements: { script: true, style: true, pre: true } }), '');
      if (found.length > 0) problems.push(`${page}: ${found.slice(0, 5).join(' ')}`);
    }
    expect(runs).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
