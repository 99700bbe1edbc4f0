/**
 * Hostile and malformed sources (tests/fixtures/hostile/): each one either builds with its text
 * shown as written, or fails with `file:line: message`, exit code 1 and the previous output intact.
 * The conversion CLI runs as a user runs it, pointed at the fixtures with CONTENT_DIR/GENERATED_DIR.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, decodeSource, type CorpusInput } from '../pipeline/index.ts';
import { ContentErrors, type ContentError } from '../pipeline/content-error.ts';
import { folderFiles } from './support/folder-files.ts';
import { htmlText, mdxText, renderMdx, squash } from './support/render-mdx.ts';
import { hugeParagraph } from '../scripts/bench/huge-paragraph.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/hostile');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/build-content.ts` with the content and output folders taken from the environment. */
function convertWithCli(contentDir: string, generatedDir: string): Promise<CliResult> {
  const env = { ...process.env, CONTENT_DIR: contentDir, GENERATED_DIR: generatedDir, CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') };
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/build-content.ts'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}


describe('hostile sources that must build', () => {
  const contentDir = path.join(work, 'good');
  const generatedDir = path.join(work, 'good-generated');
  const huge = hugeParagraph();
  let result: CliResult;
  const mdx = (slug: string) => readFileSync(path.join(generatedDir, 'articles', `${slug}.mdx`), 'utf8');
  const shown = async (slug: string) => squash(htmlText(await renderMdx(mdx(slug))));

  beforeAll(async () => {
    cpSync(path.join(fixtures, 'good'), contentDir, { recursive: true });
    writeFileSync(path.join(contentDir, 'articles/2021-huge-paragraph.txt'), `---\ntitle: Huge\npublisher: P\npublished: "2021"\nsummary: S\n---\n${huge}\n`);
    result = await convertWithCli(contentDir, generatedDir);
  }, 120_000);

  it('converts every one of them', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('converted 10 articles');
    // The run's time and the conversion's share of it, for editors and the benchmark.
    const [, total, converting] = /callouts\) in (\d+\.\d\d) s \((\d+\.\d\d) s converting articles/.exec(result.stdout) ?? [];
    expect(Number(converting)).toBeGreaterThan(0);
    expect(Number(converting)).toBeLessThan(Number(total));
  });

  // Visible text of each article after MDX compilation and rendering: what a reader sees.
  it.each([
    ['2021-mdx-syntax', [
      '{props.secret} opens a line with a brace, and } closes one.',
      '<Term id="cyberspace-administration-of-china">fake term</Term> is text, not a component.',
      '< and > stand alone: a < b > c, x<y, a->b, <>, </div>, <!-- not a comment -->.',
      '`one tick`, ``two ticks``, ``` three ticks ``` and a stray ` tick.',
      'import secret from "./secret.js"',
      'export const leak = 1;',
      'export default function Page() { return null }',
      'import{x}from"y"',
      'Expressions {1 + 1}, {/* comment */}, {"string"}, {`template ${x}`} and ${dollar}.',
      'The CAC enforces {rules} on 高质量发展 <b>today</b>.',
    ]],
    ['2021-raw-html', ['<script>alert("capture")</script>', '<style>body { display: none }</style>', 'A paragraph with <iframe src="https://evil.example/"></iframe> inside it, and the CAC.']],
    ['2021-raw-html-markdown', [
      '<script>alert("md")</script>',
      '<div class="x">A div block with the CAC inside.</div>',
      'Inline <b>bold</b>, <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a link</a>.',
      '<!-- an HTML comment -->',
      'Entities & <tag> { are decoded, as Markdown says.',
    ]],
    ['2021-markdown-significant', [
      '# not a heading, a hash sign',
      '> not a quote',
      '---',
      '*not emphasis* and _not either_ and **nor this** and ~~nor this~~.',
      '[not a link](https://example.org) and [^1] and ![not an image](x.png) and <https://example.org>.',
      '| not | a | table |',
      'four spaces are not code',
      '1) not a list after all, just text.',
      'Back\\slash \\* and trailing backslash\\',
    ]],
    ['2021-crlf-bom', ['First line of a Windows capture.', 'Second line with the CAC.']],
    ['2021-old-mac-cr', ['First line ends with a bare CR.', 'Second line.']],
    ['2021-tabs', ['A line indented with a tab.', 'Columns separated by tabs with the CAC.']],
    ['2021-no-title-line', ['The body starts straight away, with no title line and no chrome.']],
    ['2021-cjk-mixed', ['高质量发展。｛高质量发展｝《国家互联网信息办公室》「高质量发展」 and half-width {braces} next to 高质量发展<b>国家互联网信息办公室</b>。']],
  ])('%s renders its text as written', async (slug, lines) => {
    const text = await shown(slug);
    for (const line of lines) expect(text).toContain(squash(line));
    // Nothing from the source became markup: no element a source could have smuggled in.
    expect(await renderMdx(mdx(slug))).not.toMatch(/<(script|style|iframe|img|div|b|h1|blockquote|table|code|em|strong|del)[\s>]/);
  });

  it('keeps byte-order marks, CR line ends and tabs out of the output', () => {
    expect(mdx('2021-crlf-bom')).not.toMatch(/[\r\uFEFF]/);
    expect(mdx('2021-old-mac-cr')).not.toContain('\r');
    expect(mdx('2021-tabs')).toContain('Columns\tseparated');
  });

  it('annotates terms next to hostile text', () => {
    expect(mdx('2021-mdx-syntax')).toContain('The <Term id="cyberspace-administration-of-china" occurrence="1">CAC</Term> enforces');
    expect(mdx('2021-raw-html-markdown')).toContain('<Term id="cyberspace-administration-of-china" occurrence="1">CAC</Term> inside');
  });

  it('keeps the title with MDX syntax intact in the front matter', () => {
    expect(mdx('2021-mdx-syntax')).toContain('title: "Braces {title} <b>and</b> `ticks` & <script>x</script>"\n');
  });

  // Reading 2 MB of MDX back takes 10–25 s on the shared 2-core machine: over the default 20 s when it is busy.
  it('converts a 2 MB single-line paragraph without overflowing the stack, text intact', () => {
    const text = squash(mdxText(mdx('2021-huge-paragraph')));
    expect(text.length).toBeGreaterThan(1_900_000);
    // Not toBe: a failing diff of two 2 MB strings would take minutes to print.
    expect(text === squash(huge)).toBe(true);
    expect(mdx('2021-huge-paragraph')).toContain('<Term id="high-quality-development" occurrence="100" mention="repeat"><span lang="zh-CN">高质量发展</span></Term>');
  }, 120_000);
});

interface BadCase {
  /** Fixture files (under bad/) that together make the problem. */
  files: string[];
  /** The `file:line: message` start the user must see; no line when the problem is the file as a whole. */
  error: string;
  /**
   * Found by the conversion or the content lint, which need every glossary entry valid and so do
   * not run with the glossary fixtures (see the mixed run below).
   */
  lint?: true;
}

const bad: BadCase[] = [
  { files: ['articles/2021-empty.txt'], error: 'articles/2021-empty.txt:1: missing front matter' },
  { files: ['articles/2021-no-front-matter.txt'], error: 'articles/2021-no-front-matter.txt:1: missing front matter' },
  { files: ['articles/2021-unclosed-front-matter.txt'], error: 'articles/2021-unclosed-front-matter.txt:1: front matter is not closed' },
  { files: ['articles/2021-malformed-yaml.txt'], error: 'articles/2021-malformed-yaml.txt:2: invalid YAML' },
  { files: ['articles/2021-missing-title.txt'], error: 'articles/2021-missing-title.txt:2: title: ' },
  { files: ['articles/2021-impossible-date.txt'], error: 'articles/2021-impossible-date.txt:4: published: is not a real calendar date' },
  { files: ['articles/2021-us-date.txt'], error: 'articles/2021-us-date.txt:4: published: must be an ISO date' },
  { files: ['articles/2021-yaml-tab.txt'], error: 'articles/2021-yaml-tab.txt:7: YAML indented with a tab' },
  { files: ['articles/2021-yaml-anchor.txt'], error: 'articles/2021-yaml-anchor.txt:3: YAML anchors and aliases are not allowed' },
  { files: ['articles/2021-invalid-utf8.txt'], error: 'articles/2021-invalid-utf8.txt:8: file is not valid UTF-8' },
  { files: ['articles/2021-front-matter-only.txt'], error: 'articles/2021-front-matter-only.txt:7: the article has no body' },
  { files: ['articles/2021-unknown-field.txt'], error: 'articles/2021-unknown-field.txt:6: titel: unknown field' },
  { files: ['articles/2021-control-character.txt'], error: 'articles/2021-control-character.txt:8: column 9 holds the invisible control character U+001B' },
  { files: ['articles/2021-deep-quote.md'], error: 'articles/2021-deep-quote.md:9: this line opens up to 300 quotes and list items', lint: true },
  { files: ['articles/2021-lookahead-rule.txt'], error: 'articles/2021-lookahead-rule.txt:8: boilerplate rule /^(?!The).*Advert/ is not a pattern the rules accept' },
  { files: ['articles/2021-duplicate.md', 'articles/2021-duplicate.txt'], error: 'articles/2021-duplicate.txt: slug "2021-duplicate" is already used' },
  { files: ['glossary/missing-fields.yaml'], error: 'glossary/missing-fields.yaml:1: hanzi: ' },
  { files: ['glossary/empty-file.yaml'], error: 'glossary/empty-file.yaml:1: term: ' },
  { files: ['glossary/empty-alias.yaml'], error: 'glossary/empty-alias.yaml:5: aliases.0: ' },
  { files: ['glossary/single-letter-alias.yaml'], error: 'glossary/single-letter-alias.yaml:5: aliases.0: ' },
  { files: ['glossary/tab-indented.yaml'], error: 'glossary/tab-indented.yaml:5: YAML indented with a tab' },
  { files: ['glossary/yaml-anchor.yaml'], error: 'glossary/yaml-anchor.yaml:11: YAML anchors and aliases are not allowed' },
  { files: ['glossary/invalid-utf8.yaml'], error: 'glossary/invalid-utf8.yaml:5: file is not valid UTF-8' },
  { files: ['glossary/dangling-related.yaml'], error: 'glossary/dangling-related.yaml:9: related id "no-such-term" does not exist', lint: true },
  { files: ['glossary/duplicate-id.yaml', 'glossary/duplicate-id.yml'], error: 'glossary/duplicate-id.yml: glossary id "duplicate-id" is already defined' },
];

describe('hostile sources that must fail', () => {
  const badDir = path.join(fixtures, 'bad');
  const shownBad = path.relative(root, badDir);

  it('covers every fixture file', () => {
    const listed = new Set(bad.flatMap((c) => c.files));
    const present = ['articles', 'glossary'].flatMap((dir) => readdirSync(path.join(badDir, dir)).map((name) => `${dir}/${name}`));
    expect(present.filter((file) => !listed.has(file))).toEqual([]);
  });

  it('reports every problem of every file in one run, exits 1 and leaves the previous output as it was', async () => {
    const generatedDir = path.join(work, 'bad-generated');
    mkdirSync(path.join(generatedDir, 'articles'), { recursive: true });
    writeFileSync(path.join(generatedDir, 'articles/previous.mdx'), 'previous build\n');
    writeFileSync(path.join(generatedDir, 'report.json'), '{}\n');
    // Every file with its bytes, to prove the failed run changed nothing.
    const before = folderFiles(generatedDir, 'bytes');

    const result = await convertWithCli(badDir, generatedDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    for (const { error } of bad.filter((c) => !c.lint)) expect(lines.some((line) => line.trim().startsWith(`${shownBad}/${error}`)), error).toBe(true);
    // Errors only, no crash: no stack trace.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(folderFiles(generatedDir, 'bytes')).toEqual(before);
    expect(readdirSync(work).filter((name) => /\.(tmp|old)-/.test(name))).toEqual([]);
  }, 60_000);

  it('stops `npm run build` too: every error listed with its file and line, exit 1, the previous site untouched', async () => {
    const site = path.join(work, 'bad-site');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'index.html'), 'previous site\n');
    const env = { ...process.env, CONTENT_DIR: badDir, GENERATED_DIR: path.join(work, 'bad-site-generated'), OUT_DIR: site, ASTRO_CACHE_DIR: path.join(work, 'bad-site-cache'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') };
    const result = await new Promise<CliResult>((resolve) => {
      execFile(process.execPath, ['scripts/build-site.ts'], { cwd: root, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    });
    expect(result.code).toBe(1);
    const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((line) => line.trim());
    for (const { error } of bad.filter((c) => !c.lint)) expect(lines.some((line) => line.startsWith(`${shownBad}/${error}`)), error).toBe(true);
    expect(readdirSync(site)).toEqual(['index.html']);
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('previous site\n');
  }, 120_000);

  it('reports front-matter, conversion and lint errors of several files in one run when the glossary is valid', async () => {
    const contentDir = path.join(work, 'mixed');
    cpSync(path.join(fixtures, 'good'), contentDir, { recursive: true });
    for (const rel of ['articles/2021-us-date.txt', 'articles/2021-yaml-tab.txt', 'articles/2021-deep-quote.md', 'glossary/dangling-related.yaml']) cpSync(path.join(badDir, rel), path.join(contentDir, rel));
    writeFileSync(path.join(contentDir, 'articles/2021-uncovered.txt'), '---\ntitle: U\npublisher: P\npublished: "2021"\nsummary: S\n---\nA line.\nThe 数字中国 plan.\n');
    const generatedDir = path.join(work, 'mixed-generated');
    const result = await convertWithCli(contentDir, generatedDir);
    expect(result.code).toBe(1);
    // Outside the project, files are named by their absolute path.
    const lines = result.stderr.split('\n').map((line) => line.trim());
    for (const error of [
      'articles/2021-us-date.txt:4: published: must be an ISO date',
      'articles/2021-yaml-tab.txt:7: YAML indented with a tab',
      'articles/2021-deep-quote.md:9: this line opens up to 300 quotes and list items',
      'glossary/dangling-related.yaml:9: related id "no-such-term" does not exist',
    ]) {
      expect(lines.some((line) => line.startsWith(`${contentDir}/${error}`)), `${error}\n${result.stderr}`).toBe(true);
    }
    // Chinese no entry covers is not an error in a build (it gets dictionary cards; lint:content --strict makes it one).
    expect(result.stderr).not.toContain('数字中国');
    expect(readdirSync(work).filter((name) => name.startsWith('mixed-generated'))).toEqual([]);
  }, 60_000);

  // Each problem on its own, next to a valid glossary and boilerplate: the error is its own, not a neighbour's.
  it.each(bad)('$files.0 alone fails with its own error', async ({ files, error }) => {
    const read = (rel: string) => decodeSource(`bad/${rel}`, readFileSync(path.join(badDir, rel)));
    const goodGlossary = readdirSync(path.join(fixtures, 'good/glossary')).map((name) => decodeSource(`good/glossary/${name}`, readFileSync(path.join(fixtures, 'good/glossary', name))));
    const input: CorpusInput = {
      boilerplate: read('boilerplate.yaml'),
      articles: files.filter((f) => f.startsWith('articles/')).map(read),
      glossary: [...goodGlossary, ...files.filter((f) => f.startsWith('glossary/')).map(read)],
    };
    // What buildContent checks: front matter, conversion and lint (it throws when the glossary itself is invalid).
    let errors: readonly ContentError[];
    try {
      errors = checkCorpus(input).errors;
    } catch (caught) {
      expect(caught).toBeInstanceOf(ContentErrors);
      errors = (caught as ContentErrors).errors;
    }
    expect(errors.length).toBeGreaterThan(0);
    const messages = errors.map((e) => e.format());
    expect(messages.some((m) => m.startsWith(`bad/${error}`)), messages.join('\n')).toBe(true);
  });
});
