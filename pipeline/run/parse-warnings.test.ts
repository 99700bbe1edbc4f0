import { describe, expect, it } from 'vitest';
import { convertCorpus, type CorpusInput } from '../index.ts';
import { ConversionReport } from '../../core/schema.ts';
import { corpus } from '../../tests/support/corpus.ts';
import { formatSummary } from './summary.ts';

const paragraph = 'The plan sets out how ministries will share data, and which of them answers for what, by the end of the decade.';
const capture = (boilerplate: string, body: string[]) =>
  `---\ntitle: A Test Capture\npublisher: P\npublished: "2024"\nsummary: S\n${boilerplate}---\n${body.join('\n')}\n`;
const convert = (text: string) => convertCorpus({ ...corpus, articles: [{ file: 'content/articles/2024-test.txt', text }] } satisfies CorpusInput);

describe('the parse report in the conversion output and the CLI summary', () => {
  it('records what the parser removed, valid against the report schema', () => {
    const output = convert(capture('boilerplate:\n  - drop: ^AD SLOT$\n', ['AD SLOT', paragraph]));
    const [article] = output.articles;
    expect(article.parse?.dropped).toEqual([{ rule: 'drop: ^AD SLOT$', lines: [9], chars: 7 }]);
    const report = { articles: output.articles.map(({ slug, callouts, uncovered, parse }) => ({ slug, callouts, mentions: {}, uncovered, parse })), unusedTerms: [] };
    expect(ConversionReport.safeParse(report).success).toBe(true);
  });

  it('warns when one rule removes more than a fifth of an article, naming file and rule', () => {
    const output = convert(capture('boilerplate:\n  - cutFrom: ^Further Reading Zone$\n', [paragraph, 'Further Reading Zone', paragraph, paragraph]));
    expect(formatSummary(output)).toMatch(/warning: content\/articles\/2024-test\.txt: rule "cutFrom: \^Further Reading Zone\$" removed \d+ of \d+ characters \(6\d%\)/u);
    expect(formatSummary(convert(capture('', [paragraph, 'A second paragraph says what the first one left out, at some length, as paragraphs do.'])))).not.toContain('removed');
  });

  it('warns when several rules, none large alone, together remove more than half of an article', () => {
    const rules = 'boilerplate:\n' + ['One', 'Two', 'Three', 'Four'].map((word) => `  - drop: ^${word} line of the site's chrome, dropped as a rule says\\.$\n`).join('');
    const chrome = ['One', 'Two', 'Three', 'Four'].map((word) => `${word} line of the site's chrome, dropped as a rule says.`);
    const summary = formatSummary(convert(capture(rules, [paragraph, ...chrome])));
    expect(summary).not.toMatch(/rule ".*" removed/u);
    expect(summary).toMatch(/warning: content\/articles\/2024-test\.txt: 4 rules together removed \d+ of \d+ characters \(6\d%\) — check that they match only chrome/u);
  });

  it('warns about footnote markers whose notes are not in the capture, with their line', () => {
    const output = convert(capture('', ['Intro line here.', `${paragraph} (MIC25,[1] or MIC2025)[3]`]));
    expect(formatSummary(output)).toContain('warning: content/articles/2024-test.txt:8: 2 footnote marker(s) with no note in the capture');
  });

  it('fails an article its own rules removed whole, naming the rule and its line (editor QA: a cutFrom above the text left an empty page)', () => {
    // (Not "Subscribe to keep reading.": a default rule drops that paywall line since stop 38, before an article's rules.)
    const text = capture("boilerplate:\n  - cutFrom: '^Members read on below\\.$'\n", ['Members read on below.', paragraph, paragraph]);
    expect(() => convert(text)).toThrow(/2024-test\.txt:9: the boilerplate rules removed the whole article \(cutFrom: \^Members read on below\\\.\$\) — a rule matches the article's own text/u);
  });

  it('warns about a Markdown footnote reference with no note, which prints as written (round-2 reading QA: "[^2]" with no warning)', () => {
    const markdown = `${capture('', [])}${paragraph}[^1] And more.[^2]\n\n[^1]: The first note.\n`;
    const output = convertCorpus({ ...corpus, articles: [{ file: 'content/articles/2024-test.md', text: markdown }] });
    expect(output.articles[0].parse?.markersWithoutNotes).toEqual([{ line: 8, marker: '[^2]' }]);
    expect(formatSummary(output)).toContain('warning: content/articles/2024-test.md:8: 1 footnote reference(s) with no note — write the note at the end: "[^2]: …"');
  });
});
