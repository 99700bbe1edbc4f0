/**
 * The MDX serialiser as a unified compiler plugin: the generated article is its front matter
 * (the source's, less the boilerplate rules, plus the terms the article uses) and the tree as MDX.
 * The front matter is also left on `file.data.frontMatter`.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { GeneratedArticleFrontMatter } from '../../core/schema.ts';
import { toMdx } from './to-mdx.ts';

export const mdxCompiler: Plugin<[], Root, string> = function (this: Processor) {
  this.compiler = (tree, file) => {
    const { boilerplate: _rules, ignore: _ignored, ...meta } = file.data.source!.frontMatter;
    const frontMatter: GeneratedArticleFrontMatter = { ...meta, terms: file.data.terms ?? [], readingMinutes: file.data.readingMinutes! };
    // Kept as data too: the site's article collection reads it as JSON rather than parsing YAML again.
    file.data.frontMatter = frontMatter;
    return toMdx(tree as Root, frontMatter);
  };
};
