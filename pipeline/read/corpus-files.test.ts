/** Reading the content folder: a file the build would not read is reported, not passed over. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readCorpus } from './corpus-files.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'policy-reader-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports an article or entry whose name ends otherwise (.TXT, .markdown, .YAML), and leaves hidden files alone', async () => {
  for (const folder of ['articles', 'glossary']) mkdirSync(path.join(dir, folder));
  writeFileSync(path.join(dir, 'boilerplate.yaml'), '[]\n');
  for (const name of ['articles/2024-a.txt', 'articles/2024-b.TXT', 'articles/2024-c.markdown', 'articles/.DS_Store', 'glossary/big-data.YAML']) writeFileSync(path.join(dir, name), 'x\n');
  const { articles, glossary } = await readCorpus({ contentDir: dir, root: dir });
  expect(articles.map((file) => [file.file, file.readError?.format()])).toEqual([
    ['articles/2024-a.txt', undefined],
    ['articles/2024-b.TXT', "articles/2024-b.TXT: not read: its name does not end as the folder's files do — rename it: an article ends in .txt (a web capture) or .md (Markdown)"],
    ['articles/2024-c.markdown', expect.stringContaining('not read')],
  ]);
  expect(glossary.map((file) => file.readError?.format())).toEqual(["glossary/big-data.YAML: not read: its name does not end as the folder's files do — rename it: a glossary entry ends in .yaml"]);
});
