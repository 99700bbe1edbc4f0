/**
 * Reads and renders an article's MDX body when its page is built, with the compiler Astro uses for
 * MDX (Sätteri), instead of bundling every article as a module of the site: the bundler keeps them
 * all in memory for the whole build, while an article compiled here is dropped once its page is
 * written. (The articles collection holds the front matter only, src/content.config.ts.)
 */
import { readFile } from 'node:fs/promises';
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import * as runtime from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import { evaluate, type EvaluateOptions } from 'satteri';
import { splitFrontMatter } from '../../core/front-matter.ts';
import { projectGeneratedFiles } from '../../core/paths.ts';

/** The MDX body of generated article `id`: its file less the front matter (pipeline/stringify/to-mdx.ts). */
export async function readArticleBody(id: string): Promise<string> {
  const file = projectGeneratedFiles().article(id);
  const parts = splitFrontMatter(await readFile(file, 'utf8'));
  if (typeof parts === 'string') throw new Error(`${file}: a generated article must start with front matter; rebuild with npm run content`);
  return parts.body;
}

/** How article MDX is read, shared with the tests that render it. */
export const articleMdxOptions = {
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
  // Text as captured (no smart quotes); GFM for the footnotes and tables the pipeline writes.
  features: { gfm: true, smartPunctuation: false },
} as const;

/** A JSX runtime as Sätteri's `evaluate` takes it: Sätteri types it loosely (unknown in, unknown out), runtimes strictly. */
export const mdxRuntime = (jsxRuntime: object) => jsxRuntime as Pick<EvaluateOptions, 'Fragment' | 'jsx' | 'jsxs'>;

type MdxComponent = (props: { components?: Record<string, unknown> }) => unknown;

/** The article's content component (pass it the components for <Term> and headings) and its headings. */
export async function renderArticleBody(body: string): Promise<{ Content: MdxComponent; headings: SatteriAstroData['headings'] }> {
  const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
  const exports = await evaluate(body, {
    ...mdxRuntime(runtime),
    ...articleMdxOptions,
    // Static runs become one HTML string; headings stay elements for the linked-heading components.
    optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: ['h2', 'h3', 'h4'] },
    // Astro's own heading ids (github-slugger), which also collect the headings for the contents.
    hastPlugins: [satteriHeadingIdsPlugin()],
    data: { astro },
  });
  const MDXContent = exports.default as MdxComponent;
  // <Fragment set:html> needs Astro's Fragment, which Astro's MDX integration adds to bundled MDX.
  const Content: MdxComponent = (props) => MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } });
  // The MDX mark: Astro's JSX renderer gives errors in such components the MDX hint. The renderer
  // tag, as Astro's MDX integration sets it on bundled MDX: an untagged component is run once just
  // to find out which renderer takes it, which built every article's body twice.
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Renderer]: 'astro:jsx' });
  return { Content, headings: astro.headings };
}
