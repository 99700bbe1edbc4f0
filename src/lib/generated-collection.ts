/**
 * A collection read from one JSON file the conversion writes (core/collections.ts): entries the
 * conversion has validated, so loading is a JSON parse rather than a YAML parse per file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionRecord } from '../../core/collections.ts';

/**
 * @param file the JSON file (absolute), looked up at each load: GENERATED_DIR may point elsewhere
 * @param sourceOf the file an entry comes from (absolute), named in Astro's messages about it
 */
export function generatedCollection(name: string, file: () => string, sourceOf?: (id: string) => string): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const target = file();
      const loadAll = async () => {
        const records = JSON.parse(await readFile(target, 'utf8')) as CollectionRecord<Record<string, unknown>>[];
        store.clear();
        for (const { id, data } of records) {
          // Astro wants paths relative to the project.
          const filePath = sourceOf && path.relative(fileURLToPath(config.root), sourceOf(id));
          store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest: generateDigest(data) });
        }
      };
      await loadAll();
      // In dev the content integration swaps in a new generated folder whenever content/ changes:
      // one reload at a time, and at most one more queued behind it.
      watcher?.add(target);
      let reloading = Promise.resolve();
      let queued = false;
      watcher?.on('all', (event, changed) => {
        if (changed !== target || (event !== 'add' && event !== 'change') || queued) return;
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
