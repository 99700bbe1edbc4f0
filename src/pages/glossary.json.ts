/** `/glossary.json`: every glossary field, relations in both directions, mentions per article as the term pages count them (see src/lib/glossary-export.ts). */
import type { APIRoute } from 'astro';
import { readMentionCounts } from '../lib/concordance';
import { getCorpus } from '../lib/corpus';
import { glossaryJson } from '../lib/glossary-export';
import { getTermLinks } from '../lib/term-links';
import { articleUrl, termUrl } from '../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const { glossary, articles } = await getCorpus();
  // Absolute URLs when the site's address is known, so the file is useful outside the site.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const body = glossaryJson({
    entries: glossary,
    countsByTerm: readMentionCounts(),
    articles: articles.map((a) => ({ slug: a.id, title: a.data.title, url: absolute(articleUrl(a.id)) })),
    termUrl: (id) => absolute(termUrl(id)),
    relations: await getTermLinks(),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
