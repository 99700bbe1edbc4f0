/**
 * A line that repeats the article's header: the page's byline, naming the front matter's authors
 * ("by Lorand Laskai", "By YANG ZEKUN | China Daily | Updated: …"), which the header shows.
 */

/** Folds typographic quotes and spaces (around a bar too: "Buzzword|Digital government") so a title line matches the front-matter title. */
export const comparable = (text: string) => text.replace(/[‘’']/gu, "'").replace(/[“”"]/gu, '"').replace(/\s*\|\s*/gu, ' | ').replace(/\s+/gu, ' ').trim().toLowerCase();

/** A byline is short and names people; a longer line is a sentence that happens to start "By …". */
const BYLINE_MAX = 120;
/** What follows the names in a dated byline: a separator (a slash with spaces: "Justin Hendrix / Jun 23, 2024", Tech Policy Press), then a few capitalised words or numbers, one of them a year. */
const DATED_TAIL = /^(?:\s*[,|·–—-]\s*|\s+\/\s+|\s+)(?=.*\b(?:19|20)\d\d\b)[\p{Lu}\d]\S*(?:\s+[\p{Lu}\d]\S*){0,7}$/u;
/** … or the authors' affiliation after a separator: "Michael D. Sutherland | Congressional Research Service", "…, Regulatory & Compliance Group,". */
const AFFILIATION_TAIL = /^\s*[,|·–—-]\s*\p{Lu}[^.!?]{0,80}$/u;
/** … or after its mark, as a journal sets the affiliation under the names and the copy joins it: "… Jihye Yoon1,* 1Graduate School of …". */
const MARKED_AFFILIATION_TAIL = /^\s+(?:\d{1,2}|[*†‡§])\s?\p{Lu}[^.!?]{0,120}$/u;
/** A journal's ORCID link glued to a name ("Changyong Choi1https://orcid.org/0000-0002-9158-4333"): the icon's address, not part of the byline. */
const ORCID = /https?:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/gu;
/** … or a reading time after the names: "Arendse Huld Reading Time: 10 minutes", "· 6 min read". */
const READING_TIME_TAIL = /^\s*[,|·–—-]?\s*(?:(?:reading|read) time\s*[:：]?\s*\d{1,3}\s*min(?:ute)?s?|\d{1,3}\s*min(?:ute)?s? read)$/iu;
/** A label or a role before the names, one or more: "Authors: …", a Wix blog's "Writer: …", "Collected and edited by …", "Posted by Written by …", a title ("By Dr. …"), and a time and date before "By" ("08:51, August 17, 2023 By …", People's Daily). */
const BYLINE_LEAD = /^(?:(?:\d{1,2}:\d{2},?\s+)?(?:[a-z]{3,9}\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\s+(?=by\s)|(?:authors?|writers?)\s*[:：]\s*|(?:(?:written|edited|compiled|collected and edited|reported|posted|text|words) )?by\s+(?:(?:[\p{L}'.-]+ ){0,2}(?:staff )?(?:writers?|reporters?|correspondents?|journalists?) )?(?:(?:dr|prof|professor)\.? )?)+/u;

/**
 * Whether a line is the page's byline, which the article's header shows from its front matter:
 * "by Lorand Laskai", "By Yoni HaoLast Updated on Sep 29, 2024" (a date glued on), a wire's
 * "by Xinhua Writers Yao Yuan, …" (their role before the names), or the authors' names alone.
 * `authors` already folded by `comparable`.
 */
export function isBylineEcho(raw: string, authors: readonly string[]): boolean {
  // Room for a few ORCID addresses; a paragraph is not scanned for them.
  const line = raw.length > BYLINE_MAX * 3 ? raw : raw.replace(ORCID, '');
  if (authors.length === 0 || line.length > BYLINE_MAX || /[.!?]$/u.test(line)) return false;
  // A page may list its authors as bullets ("• Aynne Kokas"), or set a pen before the byline ("✍️ By …").
  // A paper marks its authors for their affiliations: "Sandra Marco Colino*", "Mimi Zou†".
  // A journal numbers them for their affiliations too: "Jihye Yoon1,*".
  const bullet = line.replace(/^(?:[•●▪◦‣·*]\s+|\p{Extended_Pictographic}\uFE0F?\s*)/u, '').replace(/(?<=\p{L})(?:\d{1,2}(?:,\d{1,2})*)?(?:,?[*†‡§]+)?(?=[\s,;|]|$)/gu, '').replace(/\s+/gu, ' ').trim();
  const lead = BYLINE_LEAD.exec(comparable(bullet))?.[0].length ?? 0;
  const plain = bullet.slice(lead);
  const text = comparable(plain);
  const last = authors.length - 1;
  const listed = last > 0 ? [`${authors.slice(0, last).join(', ')}, and ${authors[last]}`, `${authors.slice(0, last).join(', ')} & ${authors[last]}`] : [];
  const forms = [...authors, authors.join(', '), authors.join(' and '), ...listed];
  if (forms.includes(text)) return true;
  // A paper's affiliation letters glued to the name: "Elsa B. Kaniaa,b" (and the "a" of the next line).
  if (authors.length === 1 && text.startsWith(authors[0]) && /^[a-z\d](?:[\s,]+[a-z\d])*$/u.test(text.slice(authors[0].length))) return true;
  if (lead > 0 && /\bby\s/iu.test(bullet.slice(0, lead)) && authors.some((author) => text.startsWith(author))) return true;
  // The names and then a date or an issue, or a reading time: "Xi Ran, August 8, 2019", "Aynne Kokas CLM Issue 70 Winter 2021".
  // (comparable() folds the names one character for one, so the tail is cut from the line as written.)
  if (forms.some((form) => text.startsWith(form) && [DATED_TAIL, READING_TIME_TAIL].some((tail) => tail.test(plain.slice(form.length))))) return true;
  // … or all the names and their affiliation; one contributor's name and post heads that contributor's part of a forum.
  const everyone = authors.length === 1 ? forms : forms.slice(authors.length);
  return everyone.some((form) => text.startsWith(form) && [AFFILIATION_TAIL, MARKED_AFFILIATION_TAIL].some((tail) => tail.test(plain.slice(form.length))));
}
