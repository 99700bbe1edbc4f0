/**
 * `npm run test:editor`: proves the test suites keep passing after an editor adds an ordinary
 * article and a glossary term. Copies content/ to a temporary folder, adds a new article (the
 * oldest seed's text under a new slug, title, publisher and a later date, plus a paragraph with a
 * new hanzi term) and that term's entry, then runs `npm test` and `npm run test:e2e` against the
 * copy (CONTENT_DIR). Exits with the first failing suite's code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { joinFrontMatter, splitFrontMatter } from '../core/front-matter.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-reader-editor-'));
const contentDir = path.join(work, 'content');
cpSync(path.join(root, 'content'), contentDir, { recursive: true });

// The oldest article, as an editor would copy a capture: its text under new front matter, a new
// paragraph first (the seed's own cutFrom rule would cut one added at the end).
const articles = readdirSync(path.join(contentDir, 'articles')).filter((name) => name.endsWith('.txt')).sort();
const seed = splitFrontMatter(readFileSync(path.join(contentDir, 'articles', articles[0]), 'utf8'));
if (typeof seed === 'string') throw new Error(`test:editor: ${articles[0]} has no readable front matter`);
// Its own boilerplate rules kept, as a copy of the same site's page would need them.
const frontMatter = { ...parse(seed.yaml), title: "An editor's new article", publisher: "An editor's new publisher", published: '2099-01-01', summary: 'A new article, added the way an editor adds one.' };
delete frontMatter.url;
writeFileSync(path.join(contentDir, 'articles', '2099-editor-new-article.txt'), joinFrontMatter(stringify(frontMatter), `The editor's new term (编辑新词) appears here once.\n\n${seed.body}`));
writeFileSync(
  path.join(contentDir, 'glossary', 'editor-new-term.yaml'),
  `term: Editor's new term\nhanzi: 编辑新词\ntraditional: 編輯新詞\npinyin: biānjí xīncí\naliases:\n  - editor's new term\nliteral: edit · new · word\ncategory: phrase\nsummary: A term added the way an editor adds one.\ndefinition: A term added the way an editor adds one.\nsources:\n  - title: Fixture\n    url: https://example.org/\n`,
);

const env = { ...process.env, CONTENT_DIR: contentDir, GENERATED_DIR: path.join(work, 'generated'), CONVERSION_CACHE_DIR: path.join(work, 'conversion-cache') };
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
let code = 0;
for (const script of ['test', 'test:e2e']) {
  console.log(`test:editor: npm run ${script} with an added article and term (CONTENT_DIR=${contentDir})`);
  const run = spawnSync(npm[0], [...npm.slice(1), 'run', script], { cwd: root, env, stdio: 'inherit' });
  code = run.status ?? 1;
  if (code !== 0) break;
}
rmSync(work, { recursive: true, force: true });
process.exitCode = code;
