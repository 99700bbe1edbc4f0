/**
 * Where the sources live and where the conversion writes. Defaults are the project's `content/`
 * and `generated/`; CONTENT_DIR and GENERATED_DIR point the same build at another tree (the
 * benchmark's synthetic corpus, the hostile-input fixtures) without touching the real one.
 */
import path from 'node:path';

/** Source article files in `articles/`: raw captures and Markdown. */
export const ARTICLE_FILE = /\.(txt|md)$/;

export interface ContentPaths {
  /** Holds `articles/`, `glossary/` and `boilerplate.yaml`. */
  contentDir: string;
  /** Receives `articles/*.mdx`, `concordance/*.json` and `report.json`; replaced as a whole on success. */
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
  };
}

/** A path as shown in messages: relative to the project when inside it, absolute otherwise. */
export function shownPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
