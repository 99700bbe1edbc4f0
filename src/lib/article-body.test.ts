import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import { renderArticleBody } from './article-body.ts';

test('Astro builds an article body once per page, with its headings linked from the contents', async () => {
  const { Content, headings } = await renderArticleBody('\n## Data as a factor\n\nThe plan names data a factor of production.\n\n## Data as a factor\n\nAgain.\n');
  // The body spreads the components it is given once each time it is built.
  let builds = 0;
  const components = new Proxy({ p: 'p' }, { ownKeys: (target) => (builds++, Reflect.ownKeys(target)) });
  const container = await experimental_AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const html = await container.renderToString(Content as never, { props: { components } });
  expect(builds).toBe(1);
  expect(html).toContain('<p>The plan names data a factor of production.</p>');
  expect(headings.map(({ depth, slug }) => [depth, slug])).toEqual([[2, 'data-as-a-factor'], [2, 'data-as-a-factor-1']]);
  for (const { slug } of headings) expect(html).toContain(`id="${slug}"`);
});
