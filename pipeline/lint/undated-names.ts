/**
 * `article:new` names a file `undated-…` when the pasted page shows no date, and the name is the
 * page's address. Once the editor adds the date, the lint warns until the file is renamed with the
 * year, as the other articles are (README: year, publisher, topic). A name with another year than
 * the date is left alone: editors name some articles by the year of the policy they discuss.
 */
import { ContentError } from '../content-error.ts';
import type { ArticleRecord } from '../convert-article.ts';
import type { SourceFile } from '../read/corpus-files.ts';
import { normaliseText } from '../read/article-source.ts';
import { fieldLocator } from '../read/yaml-source.ts';
import { splitFrontMatter } from '../../core/front-matter.ts';

type Named = Pick<ArticleRecord, 'file' | 'slug'> & { frontMatter: { published: string } };

/** One warning per article still named `undated-…`, at its `published:` line. */
export function undatedNames(articles: readonly Named[], sources: readonly SourceFile[]): ContentError[] {
  const texts = new Map(sources.map((source) => [source.file, source.text]));
  return articles.flatMap(({ file, slug, frontMatter }) => {
    if (!slug.startsWith('undated-')) return [];
    const renamed = `${frontMatter.published.slice(0, 4)}${file.slice(file.lastIndexOf('/') + 1 + 'undated'.length)}`;
    return [new ContentError(file, publishedLine(texts.get(file)), `the file is still named "undated" but the article is dated ${frontMatter.published}`, `rename it to ${renamed} (the name is the page's address: rename it before the page is shared)`)];
  });
}

/** The line of the front matter's `published:` field, where the warning points (the YAML starts on the file's second line). */
function publishedLine(text: string | undefined): number | undefined {
  const parts = text === undefined ? undefined : splitFrontMatter(normaliseText(text));
  return parts === undefined || typeof parts === 'string' ? undefined : 1 + fieldLocator(parts.yaml)(['published']);
}
