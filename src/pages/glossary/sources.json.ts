/** `/glossary/sources.json`: every source the glossary cites, as CSL-JSON (see src/lib/bibliography.ts). */
import type { APIRoute } from 'astro';
import { bibliography } from '../../lib/bibliography';
import { getCorpus } from '../../lib/corpus';

export const GET: APIRoute = async () => {
  const { glossary } = await getCorpus();
  return new Response(`${JSON.stringify(bibliography(glossary), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
