/** `/glossary.csv`: the glossary as Anki notes (see src/lib/glossary-export.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus';
import { glossaryCsv } from '../lib/glossary-export';

export const GET: APIRoute = async () => {
  const { glossary } = await getCorpus();
  return new Response(glossaryCsv(glossary), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
