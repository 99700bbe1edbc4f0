/**
 * The generated MDX articles as a collection: the loader keeps each article's front matter only,
 * and its page reads the MDX body from the file when it is built (`readArticleBody`). Astro
 * bundles the collection data into the site as one JavaScript string, which the bodies would
 * make grow with the corpus.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../core/front-matter.ts';
import { contentPaths, generatedFiles } from '../../core/paths.ts';

const generated = () => generatedFiles(contentPaths(process.cwd()).generatedDir);

/** A generated file is YAML front matter, then the MDX (pipeline/stringify/to-mdx.ts). */
function readGenerated(text: string, file: string): { yaml: string; body: string } {
  const parts = splitFrontMatter(text);
  if (typeof parts === 'string') throw new Error(`${file}: a generated article must start with front matter; rebuild with npm run content`);
  return parts;
}

/** The MDX body of generated article `id`. */
export async function readArticleBody(id: string): Promise<string> {
  const file = generated().article(id);
  return readGenerated(await readFile(file, 'utf8'), file).body;
}

export function generatedArticles(): Loader {
  return {
    name: 'policy-reader:generated-articles',
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const dir = generated().articlesDir;
      const loadAll = async () => {
        const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
        store.clear();
        for (const name of names) {
          const file = path.join(dir, name);
          // Astro wants paths relative to the project (error messages, dev reloads).
          const filePath = path.relative(fileURLToPath(config.root), file);
          const text = await readFile(file, 'utf8');
          const id = name.slice(0, -'.mdx'.length);
          const data = parse(readGenerated(text, file).yaml) as Record<string, unknown>;
          store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest: generateDigest(text) });
        }
      };
      await loadAll();
      // In dev the content integration swaps in a new folder whenever content/ changes, which fires
      // an event per file: one reload at a time, and at most one more queued behind it.
      watcher?.add(dir);
      let reloading = Promise.resolve();
      let queued = false;
      watcher?.on('all', (_event, file) => {
        if (!file.startsWith(dir + path.sep) || queued) return;
        queued = true;
        reloading = reloading
          .then(() => {
            queued = false;
            return loadAll();
          })
          .catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
