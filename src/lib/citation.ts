/**
 * Citations of an article or a glossary entry: Chicago author-date (as text), BibTeX and RIS.
 * An article is cited as its authors' work at its publisher, at its original address when there
 * is one; a glossary entry as a page of this site by its contributors. Field values are escaped
 * for each format, so a title with braces, % or a line break cannot break the record.
 */

export interface Citable {
  /** For the BibTeX key and file names. */
  id: string;
  title: string;
  /** "Given Family" as written; none for the glossary's pages. */
  authors: readonly string[];
  /** Organisation standing in for authors when there are none. */
  corporateAuthor?: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; undefined: no date ("n.d."). */
  published?: string;
  url: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "Rogier Creemers" → "Creemers, Rogier": the last word is the family name, as the bylines write names. */
function inverted(name: string): string {
  const words = oneLine(name).split(' ');
  return words.length < 2 ? words[0] : `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
}

function chicagoAuthors(work: Citable): string {
  const [first, ...rest] = work.authors;
  if (!first) return work.corporateAuthor ?? work.publisher;
  if (rest.length === 0) return inverted(first);
  return `${inverted(first)}, ${rest.slice(0, -1).map((name) => `${oneLine(name)}, `).join('')}and ${oneLine(rest.at(-1)!)}`;
}

function parts(date?: string) {
  const [year, month, day] = (date ?? '').split('-').map(Number);
  return { year: year || undefined, month: month || undefined, day: day || undefined };
}

/** Chicago author-date, reference-list form. */
export function chicago(work: Citable): string {
  const { year, month, day } = parts(work.published);
  const when = month ? `, ${MONTHS[month - 1]}${day ? ` ${day}` : ''}, ${year}` : '';
  const authors = chicagoAuthors(work);
  const end = authors.endsWith('.') ? '' : '.';
  return `${authors}${end} ${year ?? 'n.d'}. “${oneLine(work.title)}.” ${oneLine(work.publisher)}${when}. ${work.url}.`;
}

const bibtexValue = (text: string) => oneLine(text).replace(/[\\{}%&$#_^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`));

/** A biblatex @online record (its `date` holds the day too; classic BibTeX styles read it as @misc). */
export function bibtex(work: Citable): string {
  const { year, month, day } = parts(work.published);
  const key = `${(work.authors[0] ? oneLine(work.authors[0]).split(' ').at(-1)! : 'policyreader').toLowerCase().replace(/[^a-z0-9]/g, '')}${year ?? ''}-${work.id}`.replace(/[^a-z0-9-]/g, '');
  const fields: [string, string | undefined][] = [
    ['author', work.authors.length ? work.authors.map((name) => bibtexValue(inverted(name))).join(' and ') : `{${bibtexValue(work.corporateAuthor ?? work.publisher)}}`],
    ['title', `{${bibtexValue(work.title)}}`],
    ['organization', bibtexValue(work.publisher)],
    ['date', year ? [year, month, day].filter(Boolean).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-') : undefined],
    ['url', work.url.replace(/[{}\s]/g, encodeURIComponent)],
  ];
  return `@online{${key},\n${fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** A RIS record (type ELEC, a web page), CRLF line ends as the format asks. */
export function ris(work: Citable): string {
  const { year, month, day } = parts(work.published);
  const lines = [
    'TY  - ELEC',
    ...(work.authors.length ? work.authors.map((name) => `AU  - ${inverted(name)}`) : [`AU  - ${oneLine(work.corporateAuthor ?? work.publisher)}`]),
    `TI  - ${oneLine(work.title)}`,
    `PB  - ${oneLine(work.publisher)}`,
    ...(year ? [`PY  - ${year}`, `DA  - ${[year, month, day].map((n, i) => (n ? String(n).padStart(i === 0 ? 4 : 2, '0') : '')).join('/')}`] : []),
    `UR  - ${work.url}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The BibTeX and RIS files of a work as `data:` URLs for links with a `download` name: the files
 * travel inside the page, so a site of N pages does not render 2N more routes to serve them.
 */
export function citationDownloads(work: Citable): { bibtex: string; ris: string } {
  const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  return { bibtex: dataUrl('application/x-bibtex', bibtex(work)), ris: dataUrl('application/x-research-info-systems', ris(work)) };
}
