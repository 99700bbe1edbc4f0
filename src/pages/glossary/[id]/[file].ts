/** A glossary entry's citation as files to download: citation.bib (biblatex) and citation.ris. */
import type { APIContext } from 'astro';
import { CITATION_FILES, citationFile } from '../../../lib/citation';
import { termCitable } from '../../../lib/citables';
import { getCorpus } from '../../../lib/corpus';
import type { GlossaryEntry } from '../../../../core/schema.ts';

export async function getStaticPaths() {
  const { glossary } = await getCorpus();
  return glossary.flatMap((entry) => CITATION_FILES.map((file) => ({ params: { id: entry.id, file }, props: { entry } })));
}

export const GET = ({ params, props, site }: APIContext<{ entry: GlossaryEntry }>) => citationFile(params.file, termCitable(props.entry, site));
