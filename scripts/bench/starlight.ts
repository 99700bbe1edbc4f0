/**
 * The reference site for `npm run bench -- --compare-starlight`: a stock Astro Starlight site,
 * installed at pinned versions into the benchmark's folder, holding the same articles as Markdown
 * pages. Its build (pages and Pagefind index) is timed beside the project's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { joinFrontMatter } from '../../core/front-matter.ts';
import { readSource } from '../../pipeline/read/article-source.ts';

/** Starlight's release at the time of writing, on the Astro release this project uses. */
const STARLIGHT_VERSION = '0.42.9';

/** Installs Starlight into `dir` (from the npm registry) and writes `articleFiles` as its pages; returns the `astro` binary to build it with. */
export function prepareStarlight(dir: string, articleFiles: readonly string[], astroVersion: string): string {
  const docs = path.join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-reference', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion } }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Policy reader (Starlight reference)' })] });\n",
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(path.join(docs, 'index.md'), joinFrontMatter(stringify({ title: 'Articles' }), 'The benchmark corpus.\n'));
  for (const file of articleFiles) {
    const source = readSource(path.basename(file), readFileSync(file, 'utf8'));
    // A capture holds one block per line; Markdown wants blank lines between paragraphs.
    const body = source.format === 'markdown' ? source.body : source.body.split('\n').join('\n\n');
    writeFileSync(path.join(docs, `${source.slug}.md`), joinFrontMatter(stringify({ title: source.frontMatter.title, description: source.frontMatter.summary }), body));
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  return path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

/** Removes what a build of the reference site leaves (its output and Astro's caches), so the next build starts cold. */
export function clearStarlightBuild(dir: string): void {
  for (const output of ['dist', '.astro', path.join('node_modules', '.astro')]) rmSync(path.join(dir, output), { recursive: true, force: true });
}
