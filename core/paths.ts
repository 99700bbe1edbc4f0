/**
 * Where the sources live and where the conversion writes. Defaults are the project's `content/`
 * and `generated/`; CONTENT_DIR and GENERATED_DIR point the same build at another tree (the
 * benchmark's synthetic corpus, the hostile-input fixtures) without touching the real one.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Source article files in `articles/`: raw captures and Markdown. */
export const ARTICLE_FILE = /\.(txt|md)$/;

/** The glossary's own pages (src/pages/glossary/): a term with one of these ids would have no page of its own. */
export const GLOSSARY_PAGES: readonly string[] = ['by-category', 'by-pinyin', 'graph', 'timeline'];

export interface ContentPaths {
  /** Holds `articles/`, `glossary/` and `boilerplate.yaml`. */
  contentDir: string;
  /** Receives `articles/*.mdx`, `concordance/*.json`, the collections' JSON and `report.json`; replaced as a whole on success. */
  generatedDir: string;
}

export function contentPaths(root: string, env: NodeJS.ProcessEnv = process.env): ContentPaths {
  return {
    contentDir: path.resolve(root, env.CONTENT_DIR || 'content'),
    generatedDir: path.resolve(root, env.GENERATED_DIR || 'generated'),
  };
}

/** The files of a generated folder, for the conversion that writes them and the site that reads them. */
export function generatedFiles(generatedDir: string) {
  const articlesDir = path.join(generatedDir, 'articles');
  const concordanceDir = path.join(generatedDir, 'concordance');
  return {
    articlesDir,
    article: (slug: string) => path.join(articlesDir, `${slug}.mdx`),
    concordanceDir,
    concordance: (id: string) => path.join(concordanceDir, `${id}.json`),
    report: path.join(generatedDir, 'report.json'),
    /** The site's collections, as JSON (core/collections.ts): every article's front matter, every glossary entry. */
    articlesIndex: path.join(generatedDir, 'articles.json'),
    glossary: path.join(generatedDir, 'glossary.json'),
    /** Pairs of terms that share paragraphs, for the term graph (pipeline/graph/cooccurrence.ts). */
    cooccurrence: path.join(generatedDir, 'cooccurrence.json'),
    /** The term graph laid out (src/integrations/term-graph-layout.ts) for `/glossary/graph/`. */
    termGraph: path.join(generatedDir, 'term-graph.json'),
    /** Readings of the words with dictionary cards (core/dictionary.ts). */
    dictionary: path.join(generatedDir, 'dictionary.json'),
  };
}

/** The generated files of the project this process runs in (its working directory): what the site reads. */
export const projectGeneratedFiles = (env: NodeJS.ProcessEnv = process.env) => generatedFiles(contentPaths(process.cwd(), env).generatedDir);

/**
 * Where the conversion cache (conversion-cache.ts) keeps its entries unless CONVERSION_CACHE_DIR
 * says otherwise: git-ignored, in the node_modules of the project holding the pipeline, one folder
 * per content folder.
 */
export function defaultCacheDir(contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONVERSION_CACHE_DIR) return path.resolve(env.CONVERSION_CACHE_DIR);
  const projectRoot = fileURLToPath(new URL('..', import.meta.url));
  const folder = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(projectRoot, 'node_modules', '.cache', 'policy-reader', 'conversion', folder);
}

/** A path as shown in messages: relative to the project when inside it, absolute otherwise. */
export function shownPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
