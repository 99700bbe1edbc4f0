/**
 * The content lint: each rule has a fixture corpus under tests/fixtures/lint/<rule>/ that breaks it,
 * and the messages must name the file and line an editor would open. The real corpus must pass.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildContent, convertCorpus, readCorpus } from '../index.ts';
import { ContentErrors } from '../content-error.ts';
import { comparablePinyin, lintContent, type LintOptions } from './content-lint.ts';
import { corpus, root } from '../../tests/support/corpus.ts';

const fixtures = path.join(root, 'tests', 'fixtures', 'lint');

/** Lints one fixture corpus; paths in messages are relative to the fixture. */
async function lintFixture(rule: string, options: LintOptions = {}) {
  const contentDir = path.join(fixtures, rule);
  const input = await readCorpus({ contentDir, root: contentDir });
  const output = convertCorpus(input);
  const { errors, warnings, uncovered = [] } = lintContent({ glossaryFiles: input.glossary, entries: output.glossary, articles: output.articles }, undefined, options);
  return { errors: errors.map((e) => e.format()), warnings: warnings.map((w) => w.format()), uncovered };
}

describe('content lint', () => {
  it('in strict mode, reports Chinese text no entry covers at its line in .txt and .md articles, with the command that scaffolds an entry', async () => {
    const { errors } = await lintFixture('uncovered-cjk', { strict: true });
    expect(errors).toEqual([
      expect.stringMatching(/^articles\/2024-fixture\.txt:9: Chinese text "新质生产力" has no glossary entry — run npm run term:new -- 新质生产力/),
      expect.stringMatching(/^articles\/2024-markdown\.md:10: Chinese text "数字经济" has no glossary entry — run npm run term:new -- 数字经济/),
    ]);
  });

  it('otherwise lets uncovered Chinese through with one warning, and ranks it by frequency', async () => {
    const { errors, warnings, uncovered } = await lintFixture('uncovered-cjk');
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(/^articles: 2 runs of Chinese \(2 distinct\) have no glossary entry and show dictionary cards — npm run lint:content lists them/));
    expect(uncovered.map((word) => [word.text, word.count])).toEqual([['数字经济', 1], ['新质生产力', 1]]);
  });

  it('reports pinyin that differs from pinyin-pro, unless the entry records an override', async () => {
    const { errors } = await lintFixture('pinyin');
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\/high-quality-development\.yaml:4: pinyin "gāo zhìliàng fāzhān" differs from pinyin-pro's reading of 高质量发展: "gāo zhì liàng fā zhǎn"/),
    ]);
  });

  it('reports a traditional form that differs from OpenCC or is missing, and hanzi written in traditional characters', async () => {
    const { errors } = await lintFixture('traditional');
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\/cyberpower\.yaml:2: hanzi 網絡強國 is written in traditional characters \(OpenCC: 网络强国\) — write hanzi: 网络强国 and traditional: 網絡強國/),
      expect.stringMatching(/^glossary\/digital-economy\.yaml:2: traditional form missing: OpenCC gives 數字經濟/),
      expect.stringMatching(/^glossary\/high-quality-development\.yaml:3: traditional "高質量发展" differs from OpenCC's conversion of 高质量发展: "高質量發展"/),
    ]);
  });

  it('reports a surface form claimed by two entries, naming both places', async () => {
    const { errors } = await lintFixture('duplicate-alias');
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\/shared-prosperity\.yaml:6: "Common Prosperity" is also a surface form of common-prosperity \(glossary\/common-prosperity\.yaml:5\)/),
    ]);
  });

  it('reports related ids that name no entry', async () => {
    const { errors } = await lintFixture('dangling-related');
    expect(errors).toEqual([expect.stringMatching(/^glossary\/high-quality-development\.yaml:10: related id "high-speed-growth" does not exist/)]);
  });

  it('warns about entries no article uses, without failing', async () => {
    const { errors, warnings } = await lintFixture('unused');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^glossary\/digital-economy\.yaml:1: no article uses this term/)]);
  });

  it('does not ask for a use of an entry marked reference: true', async () => {
    const contentDir = path.join(fixtures, 'unused');
    const input = await readCorpus({ contentDir, root: contentDir });
    const glossary = input.glossary.map((file) => (file.file.endsWith('digital-economy.yaml') ? { ...file, text: `${file.text}reference: true\n` } : file));
    const output = convertCorpus({ ...input, glossary });
    expect(lintContent({ glossaryFiles: glossary, entries: output.glossary, articles: output.articles }).warnings).toEqual([]);
  });

  it('warns about an alias that is a common English word, whatever its case rule, and not about rare words or acronyms', async () => {
    const { errors, warnings } = await lintFixture('common-word-alias');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^glossary\/five-year-plan\.yaml:7: alias "plan" is a common English word \(rank \d+ .*every "plan" in every article would link to five-year-plan — replace it/),
      expect.stringMatching(/^glossary\/five-year-plan\.yaml:8: alias "Data" is a common English word/),
    ]);
  });

  it('warns about an alias that carries its abbreviation in brackets, which matches almost nothing', async () => {
    const { errors, warnings } = await lintFixture('bracketed-alias');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^glossary\/state-administration-for-market-regulation\.yaml:1: headword "State Administration for Market Regulation" is not an alias.*no callout marks it/),
      expect.stringMatching(/^glossary\/state-administration-for-market-regulation\.yaml:6: alias "state administration for market regulation \(samr\)" matches only where an article writes the name and "\(samr\)" together — list "state administration for market regulation" as an alias of its own/),
    ]);
  });

  it('warns of an alias that is two list items run together by a line indented one space too far (editor QA: silent)', async () => {
    const { errors, warnings } = await lintFixture('joined-alias');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      // The headword is no alias either, so the entry links nothing but SAMR.
      expect.stringMatching(/^glossary\/state-administration-for-market-regulation\.yaml:1: headword "State Administration for Market Regulation" is not an alias/),
      expect.stringMatching(/^glossary\/state-administration-for-market-regulation\.yaml:7: alias "market regulator - market supervision administration" looks like two list items run together — start each "- alias" line at the same column/),
    ]);
  });

  it('warns of a headword the matcher never reads, naming what links instead (editor trial: "Xinhua News Agency" linked only "Xinhua")', async () => {
    const { errors, warnings } = await lintFixture('unmatched-headword');
    expect(errors).toEqual([]);
    // Not: "Active (yǒuwéi)" (one common word), "Strategic plans" (its override says why), "Factors of production" (an alias).
    expect(warnings).toEqual([
      expect.stringMatching(/^glossary\/cyberspace-administration-of-china\.yaml:15: headword override is not needed: "Cyberspace Administration of China" is matched as this entry — remove overrides\.headword$/),
      expect.stringMatching(/^glossary\/data-factor\.yaml:1: headword "Data as a factor of production" is not an alias.*only "factor of production" \(factors-of-production\) is linked — add "Data as a factor of production" to aliases/),
      expect.stringMatching(/^glossary\/xinhua-news-agency\.yaml:1: headword "Xinhua News Agency" is not an alias.*where an article writes "Xinhua News Agency", only "Xinhua" \(xinhua-news-agency\) is linked — add "Xinhua News Agency" to aliases, or add overrides\.headword\.reason/),
    ]);
  });

  it('warns where an English rendering links to its hanzi\'s entry, and where a longer title or name starts with an alias', async () => {
    const { errors, warnings } = await lintFixture('misleading-matches');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^articles\/2024-fixture\.txt:7: "factor of production" is followed by hanzi of data-as-a-factor-of-production, so it links there, not to factors-of-production .*— if the English names data-as-a-factor-of-production, add the article's full English rendering to the aliases in glossary\/data-as-a-factor-of-production\.yaml/),
      expect.stringMatching(/^articles\/2024-fixture\.txt:9: "14th Five-Year Plan for Digital Economy" looks like the title of a document no entry names; only its start is linked, to 14th-five-year-plan — add an entry/),
      // Editor QA: "State Council" alone was linked inside the SCIO's name; "the State Council on Wednesday" is the State Council.
      expect.stringMatching(/^articles\/2024-fixture\.txt:13: "State Council Information Office" looks like the longer name of a body or event .* only its start is linked, to state-council — add an entry with this name as an alias .*or add the name to the aliases in glossary\/state-council\.yaml/),
    ]);
  });

  it('passes the real corpus: no errors', async () => {
    const output = convertCorpus(corpus);
    const { errors, warnings } = await lintContent({ glossaryFiles: corpus.glossary, entries: output.glossary, articles: output.articles });
    expect(errors.map((e) => e.format())).toEqual([]);
    // Reference entries no article uses yet are warnings by design; nothing else may warn.
    expect(warnings.map((w) => w.format()).filter((w) => !w.includes('no article uses this term'))).toEqual([]);
  });

  it('exits 1 from the command line and prints file:line for each error', async () => {
    const run = promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'lint-content.ts'), '--content', path.join(fixtures, 'dangling-related')], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('dangling-related/glossary/high-quality-development.yaml:10: related id "high-speed-growth" does not exist') });
  });

  it('lists uncovered Chinese from the command line, most frequent first with its scaffold command, and fails only with --strict', async () => {
    const lint = (...flags: string[]) => promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'lint-content.ts'), '--content', path.join(fixtures, 'uncovered-cjk'), ...flags], { cwd: root });
    const { stdout } = await lint();
    expect(stdout).toMatch(/1× 数字经济 .*articles\/2024-markdown\.md:10 +→ +npm run term:new -- 数字经济/);
    expect(stdout).toMatch(/1× 新质生产力 .*articles\/2024-fixture\.txt:9 +→ +npm run term:new -- 新质生产力/);
    await expect(lint('--strict')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('2024-fixture.txt:9: Chinese text "新质生产力" has no glossary entry') });
  }, 60_000);

  it('prints the conversion\'s warnings about an article too: a rule that removed much of it (editor QA: the lint was silent on an article a rule emptied)', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-lint-'));
    try {
      cpSync(path.join(fixtures, 'uncovered-cjk'), work, { recursive: true });
      const body = ['Subscribe to keep reading.', 'The plan sets out how the ministries will share data, and which of them answers for what, by the end of the decade.', 'Related reading and more links from the site.', 'More links from the site, and a newsletter.'];
      writeFileSync(path.join(work, 'articles', '2024-chrome.txt'), `---\ntitle: Chrome\npublisher: Tests\npublished: "2024"\nsummary: S\nboilerplate:\n  - cutFrom: '^Related reading'\n---\n${body.join('\n')}\n`);
      const { stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'lint-content.ts'), '--content', work], { cwd: root });
      expect(stderr).toMatch(/warning: .*2024-chrome\.txt: rule "cutFrom: \^Related reading" removed \d+ of \d+ characters/u);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  it('builds an article with uncovered Chinese and writes a dictionary reading with pinyin for each of its words', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-lint-'));
    try {
      const outDir = path.join(work, 'generated');
      await buildContent({ contentDir: path.join(fixtures, 'uncovered-cjk'), outDir });
      const dictionary = JSON.parse(readFileSync(path.join(outDir, 'dictionary.json'), 'utf8'));
      expect(dictionary.notice).toMatch(/CC-CEDICT .*Creative Commons Attribution-ShareAlike 4\.0/);
      const mdx = readFileSync(path.join(outDir, 'articles', '2024-fixture.mdx'), 'utf8');
      const words = [...mdx.matchAll(/<Word hanzi="([^"]+)"/g)].map((match) => match[1]);
      expect(words.join('')).toBe('新质生产力');
      for (const word of words) expect(dictionary.words[word].pinyin).toMatch(/^\p{Script=Latin}+/u);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('stops the build on a lint error and leaves the previous output as it was', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-lint-'));
    const outDir = path.join(work, 'generated');
    try {
      await buildContent({ contentDir: path.join(fixtures, 'pinyin'), outDir: path.join(work, 'first') }).catch(() => undefined);
      expect(readdirSync(work)).toEqual([]);
      // A good build first, then a broken one into the same folder.
      await buildContent({ contentDir: path.join(fixtures, 'unused'), outDir, root: work });
      writeFileSync(path.join(outDir, 'marker'), 'previous');
      const failed = buildContent({ contentDir: path.join(fixtures, 'dangling-related'), outDir, root: path.join(fixtures, 'dangling-related') });
      await expect(failed).rejects.toBeInstanceOf(ContentErrors);
      await expect(failed).rejects.toThrow('glossary/high-quality-development.yaml:10: related id "high-speed-growth" does not exist');
      expect(readFileSync(path.join(outDir, 'marker'), 'utf8')).toBe('previous');
      expect(readdirSync(work)).toEqual(['generated']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('compares pinyin regardless of word division, hyphens and capitals, but not tones', () => {
    expect(comparablePinyin('Zhōngguó Gòngchǎndǎng')).toBe(comparablePinyin('zhōng guó gòng chǎn dǎng'));
    expect(comparablePinyin("dì-shísān gè Xī'ān")).toBe(comparablePinyin('dì shí sān gè xī ān'));
    expect(comparablePinyin('fāzhǎn')).not.toBe(comparablePinyin('fāzhān'));
  });
});
