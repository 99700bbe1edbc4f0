/**
 * The conversion cache: a rebuild re-converts only what changed and says so, and its output is
 * byte-identical to a build without the cache. Also: converting on worker threads gives the same
 * bytes as converting on one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildContent, type BuildOptions } from '../index.ts';
import { formatSummary } from './summary.ts';
import { addOpeningLine } from '../../scripts/bench/synthetic-corpus.ts';
import { folderFiles } from '../../tests/support/folder-files.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const contentDir = path.join(work, 'content');
const options = (name: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  contentDir,
  outDir: path.join(work, name),
  root,
  cacheDir: path.join(work, 'cache'),
  ...extra,
});
/** Every generated file and its text. */
const tree = (dir: string) => folderFiles(dir, 'text');
const firstArticle = () => path.join(contentDir, 'articles', readdirSync(path.join(contentDir, 'articles')).sort()[0]);

describe('conversion cache', () => {
  beforeEach(() => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(path.join(work, 'cache'), { recursive: true, force: true });
    cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  });

  it('reuses unchanged articles, re-converts the edited one, and says so', async () => {
    const total = readdirSync(path.join(contentDir, 'articles')).length;
    const first = await buildContent(options('a'));
    expect(first.fromCache).toBe(0);
    expect(formatSummary(first)).toContain(`converted ${total} articles with`);

    const second = await buildContent(options('b'));
    expect(second.fromCache).toBe(total);
    expect(formatSummary(second)).toContain(`converted 0 articles, ${total} from cache,`);
    expect(tree(path.join(work, 'b'))).toEqual(tree(path.join(work, 'a')));
    // The glossary concordance is built from cached entries' occurrences: they must survive the cache.
    const concordanceDir = path.join(work, 'b', 'concordance');
    const occurrences = readdirSync(concordanceDir).flatMap((name) => (JSON.parse(readFileSync(path.join(concordanceDir, name), 'utf8')) as { occurrences: unknown[] }).occurrences);
    expect(occurrences.length).toBeGreaterThan(10);

    // After the front matter: a capture's end may be cut off as site chrome.
    addOpeningLine(firstArticle(), 'An added opening paragraph about the CAC.');
    const third = await buildContent(options('c'));
    expect(formatSummary(third)).toContain(`converted 1 article, ${total - 1} from cache,`);
    await buildContent(options('uncached', { cache: false }));
    expect(tree(path.join(work, 'c'))).toEqual(tree(path.join(work, 'uncached')));
    expect(Object.values(tree(path.join(work, 'c'))).join('')).toContain('An added opening paragraph');
  });

  it('re-converts everything when the glossary changes', async () => {
    await buildContent(options('a'));
    const glossaryFile = path.join(contentDir, 'glossary', 'cyberspace-administration-of-china.yaml');
    writeFileSync(glossaryFile, readFileSync(glossaryFile, 'utf8').replace(/^summary: .*$/m, 'summary: A changed summary.'));
    const again = await buildContent(options('b'));
    expect(again.fromCache).toBe(0);
  });

  it('keeps one build’s worth of entries', async () => {
    await buildContent(options('a'));
    appendFileSync(firstArticle(), '\nOne more line.\n');
    await buildContent(options('b'));
    // One per article, the rules and glossary as validated, and the dictionary's readings.
    expect(readdirSync(path.join(work, 'cache'))).toHaveLength(readdirSync(path.join(contentDir, 'articles')).length + 2);
  });

  it('reports the glossary lint’s findings on a rebuild, and a glossary edit’s new ones', async () => {
    const glossaryFile = path.join(contentDir, 'glossary', 'cyberspace-administration-of-china.yaml');
    const original = readFileSync(glossaryFile, 'utf8');
    writeFileSync(glossaryFile, original.replace('  - CAC\n', '  - CAC\n  - CAC\n'));
    const messages = (output: { warnings?: { format(): string }[] }) => (output.warnings ?? []).map((warning) => warning.format());
    const first = messages(await buildContent(options('a')));
    expect(first.some((message) => message.includes('"CAC" is listed twice in this entry'))).toBe(true);
    expect(messages(await buildContent(options('b')))).toEqual(first);

    writeFileSync(glossaryFile, original.replace(/^traditional: .*$/m, 'traditional: 國家互聯網信息办公室'));
    await expect(buildContent(options('c'))).rejects.toThrow(/traditional "國家互聯網信息办公室" differs from OpenCC/);
    await expect(buildContent(options('d'))).rejects.toThrow(/traditional "國家互聯網信息办公室" differs from OpenCC/);
  });

  it('gives the same bytes on worker threads as on one thread', async () => {
    await buildContent(options('one', { cache: false, workers: 0 }));
    await buildContent(options('two', { cache: false, workers: 2 }));
    expect(tree(path.join(work, 'two'))).toEqual(tree(path.join(work, 'one')));
  });
});

describe('a conversion killed part-way', () => {
  it("leaves its staging folder only until the next run, which removes it once that process is gone", async () => {
    cpSync(path.join(root, 'content'), contentDir, { recursive: true });
    const out = path.join(work, 'leftovers');
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    // A running process's folder (this test's parent stands in for a conversion running beside it) stays.
    for (const pid of [dead, process.ppid]) cpSync(path.join(root, 'content', 'boilerplate.yaml'), path.join(`${out}.tmp-${pid}`, 'x.yaml'));
    await buildContent(options('leftovers', { cache: false }));
    expect(readdirSync(work).filter((name) => name.startsWith('leftovers.tmp-'))).toEqual([`leftovers.tmp-${process.ppid}`]);
  });
});
