import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { annotateTerms } from './annotate-terms.ts';
import { TermMatcher } from './term-matcher.ts';
import { testEntry } from '../../tests/support/glossary-entry.ts';

const entry = testEntry;

const glossary = [
  entry('five-year-plan', '五年规划', ['five-year plan']),
  entry('14th-five-year-plan', '十四五规划', ['14th Five-Year Plan']),
  entry('cac', '国家互联网信息办公室', ['CAC', 'Cyberspace Administration of China']),
  entry('high-quality-development', '高质量发展', ['high-quality development']),
  entry('big-data', '大数据', [{ text: 'Big Data', case: 'exact' }]),
  entry('internet-plus', '互联网加', ['Internet Plus']),
];
const matcher = new TermMatcher(glossary);

/** Annotates Markdown and returns what each Term wraps, as `id:surface`. */
function wrapped(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  annotateTerms(tree, matcher);
  const found: string[] = [];
  const walk = (node: any) => {
    if (node.type === 'mdxJsxTextElement') found.push(`${node.attributes[0].value}:${node.children[0].value}`);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('annotateTerms', () => {
  it('finds terms between typographic quotes, dashes and CJK punctuation, and forms that contain such punctuation', () => {
    expect(wrapped('“Internet Plus”—the CAC’s plan…「高质量发展」，《大数据》。')).toEqual([
      'internet-plus:Internet Plus',
      'cac:CAC',
      'high-quality-development:高质量发展',
      'big-data:大数据',
    ]);
    const law = new TermMatcher([entry('law', '《数据安全法》', ['Data Security Law'])]);
    expect(law.find('见《数据安全法》。').map((m) => m.id)).toEqual(['law']);
    // A combining mark after a quote joins it in one grapheme: the text is not split there.
    expect(law.find('’\u0301Data Security Law’').map((m) => m.id)).toEqual(['law']);
  });

  it('prefers the longest match and never nests terms', () => {
    expect(wrapped('The 14th Five-Year Plan is a five-year plan.')).toEqual(['14th-five-year-plan:14th Five-Year Plan', 'five-year-plan:five-year plan']);
  });

  it('needs word boundaries in Latin text', () => {
    expect(wrapped('CACHE and CACAO are not the CAC.')).toEqual(['cac:CAC']);
    expect(wrapped('Internet Plusses do not count; Internet Plus-style does.')).toEqual(['internet-plus:Internet Plus']);
  });

  it('follows per-alias case rules: acronyms and exact aliases match only as written', () => {
    expect(wrapped('the cac, the Cac, the CAC')).toEqual(['cac:CAC']);
    expect(wrapped('big data and Big Data')).toEqual(['big-data:Big Data']);
    expect(wrapped('High-Quality Development and high-quality development')).toEqual([
      'high-quality-development:High-Quality Development',
      'high-quality-development:high-quality development',
    ]);
  });

  it('finds hanzi inside running Chinese text without boundaries', () => {
    expect(wrapped('推动高质量发展和大数据')).toEqual(['high-quality-development:高质量发展', 'big-data:大数据']);
    expect(wrapped('“high-quality development” (高质量发展)')).toEqual(['high-quality-development:high-quality development', 'high-quality-development:高质量发展']);
  });

  it('matches whole characters as a reader sees them (graphemes), not parts of one', () => {
    const cafe = new TermMatcher([entry('cafe', '咖啡馆', ['cafe']), entry('hanzi', '汉', ['han'])]);
    // "cafe" + a combining acute accent reads as "café": not the term.
    expect(cafe.find('a cafe\u0301 here')).toEqual([]);
    expect(cafe.find('a café or a cafe here, 咖啡馆')).toEqual([
      { id: 'cafe', start: 12, end: 16 },
      { id: 'cafe', start: 23, end: 26 },
    ]);
    // A variation selector joins the hanzi before it; an emoji with a skin tone is one character.
    expect(cafe.find('汉\uFE00 汉 👍🏽han')).toEqual([{ id: 'hanzi', start: 3, end: 4 }, { id: 'hanzi', start: 9, end: 12 }]);
  });

  it('leaves links and code alone', () => {
    expect(wrapped('[the CAC](https://example.org) and `CAC` but CAC')).toEqual(['cac:CAC']);
  });

  it('annotates headings: their link to themselves sits beside the text, not around it', () => {
    expect(wrapped('## Big Data and the CAC\n\nText.')).toEqual(['big-data:Big Data', 'cac:CAC']);
  });

  it('numbers occurrences per term and lists terms in order of first use', () => {
    const tree = unified().use(remarkParse).parse('CAC, Big Data, CAC.') as Root;
    const { terms, counts } = annotateTerms(tree, matcher);
    expect(terms).toEqual(['cac', 'big-data']);
    expect(counts.get('cac')).toBe(2);
    expect(JSON.stringify(tree)).toContain('"name":"occurrence","value":"2"');
  });
});

describe('a concept inside an organisation’s name', () => {
  const named = new TermMatcher([
    entry('national-security', '国家安全', ['national security']),
    entry('digitization', '数字化', ['digitisation']),
    entry('cac', '国家互联网信息办公室', ['Cyberspace Administration'], 'institution'),
  ]);
  const annotated = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    return annotateTerms(tree, named).terms;
  };

  it('is left unlinked before the head noun of the name (Program, Committee …), linked elsewhere', () => {
    expect(annotated('Technology and National Security Program, Center for a New American Security.')).toEqual([]);
    expect(annotated('The Central Cyber Security and Digitisation Committee will strengthen oversight.')).toEqual([]);
    expect(annotated('National Security is a priority; the national security program grew; Digitisation, Committee members said.')).toEqual(['national-security', 'digitization']);
  });

  it('is left unlinked in the name of a community, forum or summit (Guangming Online: "China-ASEAN Digital Economy Community")', () => {
    expect(annotated('Building a China-ASEAN National Security Community for Shared Prosperity.')).toEqual([]);
    expect(annotated('The Digitisation Forum met; the Summit on National Security closed.')).toEqual([]);
    expect(annotated('National security is a community matter.')).toEqual(['national-security']);
  });

  it('is left unlinked after the head noun and "for", "of" or "on" (Digital China Wins the Future: "the Central Leading Group for Cybersecurity and Informatization")', () => {
    expect(annotated('The Leading Group for National Security and Digitisation met.')).toEqual([]);
    expect(annotated('The Commission on the Digitisation of Industry met.')).toEqual([]);
    expect(annotated('The group for national security met; a Group for talks on Digitisation is planned.')).toEqual(['national-security', 'digitization']);
  });

  it('does not apply to an institution, which is itself inside a longer name', () => {
    expect(annotated('The Cyberspace Administration Office said so.')).toEqual(['cac']);
  });
});
