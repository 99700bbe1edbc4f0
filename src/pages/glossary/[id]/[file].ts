/** A glossary entry's citation as files to download: citation.bib (biblatex) and citation.ris. */
import type { APIContext } from 'astro';
import { bibtex, ris } from '../../../lib/citation';
import { termCitable } from '../../../lib/citables';
import { getCorpus } from '../../../lib/corpus';
import type { GlossaryEntry } from '../../../../core/schema.ts';

export async function getStaticPaths() {
  const { glossary } = await getCorpus();
  return glossary.flatMap((entry) => ['citation.bib', 'citation.ris'].map((file) => ({ params: { id: entry.id, file }, props: { entry } })));
}

export function GET({ params, props, site }: APIContext<{ entry: GlossaryEntry }>) {
  const citable = termCitable(props.entry, site);
  const bib = params.file === 'citation.bib';
  return new Response(bib ? bibtex(citable) : ris(citable), { headers: { 'content-type': bib ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8' } });
}
