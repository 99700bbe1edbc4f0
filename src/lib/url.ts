/** The one helper every internal link and asset goes through, so the site works under any `base`. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const articleUrl = (slug: string) => withBase(`/articles/${slug}/`);
export const termUrl = (id: string) => withBase(`/glossary/${id}/`);
/** Page `n` of the archive: /archive/ for the first, /archive/2/ … after. */
export const archiveUrl = (n: number) => withBase(n === 1 ? '/archive/' : `/archive/${n}/`);
/** A dictionary word's page; the hanzi stay readable in the address (browsers percent-encode them). */
export const dictionaryUrl = (hanzi: string) => withBase(`/dictionary/${hanzi}/`);
