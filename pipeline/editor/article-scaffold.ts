/**
 * `npm run article:new`: turns a pasted web page into a source article — front matter filled from
 * what the text and its address show (title, date, authors, publisher, a summary), each guess
 * marked in a YAML comment for the editor to check, then the text as pasted.
 */
import { Document, type Scalar, type YAMLSeq } from 'yaml';
import { joinFrontMatter, splitFrontMatter } from '../../core/front-matter.ts';
import { IsoDate, isSlug } from '../../core/schema.ts';
import { ContentError } from '../content-error.ts';
import { REVIEW_NOTE } from '../lint/front-matter-review.ts';
import { normaliseText } from '../read/article-source.ts';
import { matchingRule, type CompiledRule } from '../read/boilerplate-rules.ts';
import { isPictureCredit } from '../parse/picture-credits.ts';
import { stripDateStamp } from '../parse/date-stamp.ts';
import { stripTooltips } from '../parse/tooltips.ts';
import { slugWords } from './slug-words.ts';
import { bylineAuthors, isByline, isShortByline } from './byline-names.ts';

export interface PastedCapture {
  text: string;
  url?: string;
  /** The default boilerplate rules: chrome lines are never taken for the title or summary. */
  rules?: readonly CompiledRule[];
}

export interface ScaffoldedArticle {
  slug: string;
  text: string;
  /** What the editor must check or add, one line each. */
  review: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = (name: string) => MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');
const MONTH_NAME = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * The first date a line gives, as ISO at the precision it gives: 2024-03-05, "March 5, 2024",
 * "5 March 2024", "March 2024", 2024年3月5日, 01.13.25, 2018.09.10; none when it is not on the calendar (a document
 * number such as 2024-13-45).
 */
export function findDate(line: string): string | undefined {
  const date = dateLike(line);
  return date !== undefined && IsoDate.safeParse(date).success ? date : undefined;
}

function dateLike(line: string): string | undefined {
  // ISO order with hyphens, or dots and slashes as a blog writes it ("(2018.09.10)", Transpacifica).
  let match = /\b(20\d\d|19\d\d)([-./])(\d\d)\2(\d\d)\b/.exec(line);
  if (match) return `${match[1]}-${match[3]}-${match[4]}`;
  match = /\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b/.exec(line);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  match = new RegExp(`\\b((?:19|20)\\d\\d)-${MONTH_NAME}-(\\d{1,2})\\b`, 'i').exec(line);
  if (match) return `${match[1]}-${pad(month(match[2]))}-${pad(match[3])}`;
  match = /((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?/.exec(line);
  if (match) return match[3] ? `${match[1]}-${pad(match[2])}-${pad(match[3])}` : `${match[1]}-${pad(match[2])}`;
  match = new RegExp(`\\b${MONTH_NAME} (\\d{1,2}),? ((?:19|20)\\d\\d)\\b`, 'i').exec(line);
  if (match) return `${match[3]}-${pad(month(match[1]))}-${pad(match[2])}`;
  match = new RegExp(`\\b(\\d{1,2}) ${MONTH_NAME},? ((?:19|20)\\d\\d)\\b`, 'i').exec(line);
  if (match) return `${match[3]}-${pad(month(match[2]))}-${pad(match[1])}`;
  match = new RegExp(`\\b${MONTH_NAME} ((?:19|20)\\d\\d)\\b`, 'i').exec(line);
  if (match) return `${match[2]}-${pad(month(match[1]))}`;
  return numericDate(line);
}

/**
 * 01.13.25, 13/01/2025, 09-19-2023: month and day in the order the site uses, which only a number
 * above 12 shows; 05.06.25 could be either, so it gives no date rather than a wrong one.
 */
function numericDate(line: string): string | undefined {
  const match = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d.\/-])/.exec(line);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  if ((first > 12) === (second > 12)) return undefined;
  const year = match[4].length === 2 ? `20${match[4]}` : match[4];
  return first > 12 ? `${year}-${pad(second)}-${pad(first)}` : `${year}-${pad(first)}-${pad(second)}`;
}

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
/**
 * A line that only dates the page: labelled ("Published on July 10, 2023", "Updated: …") or a date
 * with a few words beside it (a time, "By: GMW.cn", a byline's names), not a sentence that names an event's date.
 */
const isDateLine = (line: string) => findDate(line) !== undefined && (/^(?:published|updated|posted|released|date)\b/i.test(line) || (words(line) <= 6 && !/[.!?]$/.test(line)));
const looksLikeMeta = (line: string) => findDate(line.replace(DATED_HEADLINE, '')) !== undefined || /https?:\/\/|\b(?:min|minutes?) read\b/i.test(line) || isByline(line);
/**
 * A headline may date its subject in brackets at its end, after four words or more: "Regular Press Conference of the
 * Ministry of Commerce (October 22, 2020)" (MOFCOM), "Central Committee Notice on Cyber Great Power (July 2013)".
 */
const DATED_HEADLINE = /(?<=^(?:\S+\s+){4,}\S*)\s*\([^()]{4,30}\)$/u;
/** A site's menu or breadcrumbs: three or more short items between separators ("Home | About | Research"). */
const isMenu = (line: string) => line.split(/\s+[|•·›»>/]\s+/).length >= 3;

/** A section's number before its head ("1. Application Scope", "2.1 …", "IV. …", "(2) …"): a head inside the text, not the headline. */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}\.|[(（](?:\d{1,2}|[IVX]{1,5}|[一二三四五六七八九十]{1,3})[)）])\s*\S/u;

/** A bracket closed before any opens, or opened at the end: the line goes on from the one above or on the next ("… unique resources (" / "Barney, 1991). Through …", MDPI). */
const CLOSES_FIRST = /^[^([（]*[)\]）]|[([（]$/u;

/** A link that leads away: "← Back to all briefings", "Next article →". */
const isNavigation = (line: string) => /^[←→‹›«»]|[←→‹›«»]$/u.test(line);
/**
 * Shaped like a headline: a short line that is not a menu, a link away, a list item, a bracketed
 * stage direction or a bar of buttons ("Login   Subscribe Now!"), and neither ends a sentence nor
 * holds two ("… briefing. Source data").
 */
const titleShaped = (line: string) =>
  words(line) >= 3 && !SECTION_NUMBER.test(line) && !CLOSES_FIRST.test(line) && !/^[•◦▪‣·*–-]\s|^[([]|\S {3,}\S/u.test(line) && line.length <= 200 && !isMenu(line) && !isNavigation(line) && !/[.:;,]$/.test(line) && !/\p{Ll}[.!?]\s+\p{Lu}/u.test(line);
/** A title when nothing else tells: headline-shaped, and not a date, a byline or a link. */
const isTitle = (line: string) => titleShaped(line) && !looksLikeMeta(line);

/** Words a paragraph of prose has at least: the summary's lead, and a line whose dates are an event's. */
const PROSE_WORDS = 20;

/**
 * A byline without "By": the names, then a separator and the date alone ("Justin Hendrix / Jun 23, 2024",
 * Tech Policy Press; "Xi Ran, August 8, 2019", China Digital Times). Each name two to four capitalised words.
 */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
const DATED_NAMES = new RegExp(`^(${NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME}){0,3})(?:\\s+[/|·•–—]\\s+|,\\s+)((?:\\p{Lu}\\p{Ll}{2,8}\\.?|\\d)[^/|]{0,30})$`, 'u');
function datedNames(line: string): string | undefined {
  const match = DATED_NAMES.exec(line);
  return match && findDate(match[2]) !== undefined && words(match[2]) <= 5 ? match[1] : undefined;
}

/** Words a slug leaves out: articles, short prepositions and the parts of a host name that say nothing. */
const SLUG_NOISE = new Set(['a', 'an', 'the', 'of', 'on', 'for', 'and', 'in', 'to', 'www', 'com', 'org', 'gov', 'edu', 'cn', 'net']);
const meaningfulWords = (text: string) => slugWords(text).filter((word) => !SLUG_NOISE.has(word));

/**
 * The date a page's address carries, set when it was published: …/2023/02/22/slug/, …/2023-02-28/…,
 * …/2024-10/21/…, and Chinese state media's …/202303/07/…, …/2023/0307/…, …/202303/….
 */
function addressDate(url: string): string | undefined {
  const match = /\/((?:19|20)\d\d)[/-]?(\d\d)(?:[/-]?(\d\d))?\//.exec(new URL(url).pathname);
  const date = match && (match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}`);
  return date && IsoDate.safeParse(date).success ? date : undefined;
}

/** Labels of a country's second level (co.uk, com.au, gov.cn) and of hosts that name no site (www, english). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'edu', 'ac']);
const NO_SITE = new Set(['www', 'en', 'english', 'm', 'news']);

/** The site a host names, for the slug: kr-asia.com → kr-asia, inhouselawyer.co.uk → inhouselawyer, english.www.gov.cn → gov. */
function siteName(host: string): string {
  const labels = host.split('.').slice(0, -1);
  const suffix = labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!) ? labels.pop()! : undefined;
  const named = labels.filter((label) => !NO_SITE.has(label)).at(-1) ?? suffix ?? labels.at(-1) ?? host;
  return slugWords(named).join('-');
}

/** A paste that cannot become an article: empty, or an article already (it has front matter). */
function checkPaste(text: string): void {
  if (text.trim() === '') throw new ContentError('article:new', undefined, 'the pasted file is empty', 'save the page\'s text (select all, copy, paste into a text file) and give that file');
  if (splitFrontMatter(text) !== 'missing') throw new ContentError('article:new', 1, 'the pasted file already starts with front matter (a line "---")', 'it is a source article already: copy it into content/articles/ as it is, or remove the front matter to start again');
}

/**
 * The headline, when the page's address spells it (…/china-sets-rules-for-data-exchanges-1234): the
 * candidate sharing most words with the address's last part, if it shares at least three. A section
 * label or kicker above the headline ("The Asian Voice") also reads like a title, and a headline
 * may hold a date ("… Cyber Great Power (July 2013)").
 */
function namedByAddress(candidates: readonly string[], url: string): string | undefined {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const addressWords = new Set(meaningfulWords(last));
  let best: string | undefined;
  let bestShared = 2;
  for (const line of candidates) {
    const shared = new Set(meaningfulWords(line).filter((word) => addressWords.has(word))).size;
    // On a tie the shorter line: the headline, not a breadcrumb that ends with it.
    if (shared > bestShared || (best !== undefined && shared === bestShared && words(line) < words(best))) [best, bestShared] = [line, shared];
  }
  return best;
}

export function scaffoldArticle({ text, url, rules = [] }: PastedCapture): ScaffoldedArticle {
  const normalised = normaliseText(text);
  checkPaste(normalised);
  // A glossary tooltip copied into a sentence is no part of the summary (tooltips.ts).
  const physical = stripTooltips(normalised.split('\n'), undefined).map((line) => line.trim());
  const all = physical.filter((line) => line !== '');
  // A picture's caption is no lede: the line directly above a credit on its own line ("[Photo/VCG]"), as the parser drops it.
  const captions = new Set(physical.filter((line, index) => line !== '' && isPictureCredit(physical[index + 1] ?? '')));
  // Chrome rules drop standalone date and byline lines from the body, but they are what the front matter needs.
  const rawHead = all.slice(0, 40);
  // A web store's date stamp glued to the first line goes, so a lede it is glued to can be the summary.
  const lines = stripDateStamp(all).lines.filter((line) => line !== '' && !matchingRule([rules], line));
  const head = lines.slice(0, 40);
  const review: string[] = [];

  // A dateline that carries the headline after the date ("date 2024-10-10 China issues guidelines …").
  const shaped = head.map((line) => /^(?:date\s+)?\d{4}-\d\d-\d\d\s+(.+)$/i.exec(line)?.[1] ?? line).filter(titleShaped);
  const named = url ? namedByAddress(shaped.filter((line) => !isByline(line) && !/https?:\/\//i.test(line)), url) : undefined;
  const title = named ?? shaped.find(isTitle);
  review.push(title ? `title: "${title}", ${named ? 'the line sharing most words with the address' : 'the first line that reads like a title'} — check it is the headline` : 'title: none found — add a title: line');
  const dated = url ? addressDate(url) : undefined;
  const dateLine = rawHead.find(isDateLine);
  // A date inside a paragraph of prose is an event's ("… will become effective September 1, 2022", "… took effect in December 2020").
  const published = dated ?? (dateLine ? findDate(dateLine) : rawHead.filter((line) => words(line) < PROSE_WORDS).map(findDate).find((date) => date !== undefined));
  const dateSource = dated ? 'from the address' : dateLine ? `from the line "${dateLine}"` : 'the first date outside the paragraphs';
  review.push(published ? `published: ${published}, ${dateSource} — check it is the publication date, not an event's` : 'published: no date found — add published: YYYY-MM-DD (or YYYY-MM, YYYY), then rename the file: its name starts with the year');
  const byline = rawHead.find(isShortByline) ?? rawHead.find((line) => datedNames(line) !== undefined);
  const authors = byline ? bylineAuthors(datedNames(byline) ?? byline) : [];
  review.push(byline ? `authors: ${authors.join(', ') || 'none'}, from "${byline}" — check the names` : 'authors: no byline found — add the authors if the page names them');
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  const publisher = host ?? 'Unknown publisher';
  review.push(host ? `publisher: guessed from the address (${host}) — write the publisher's name` : 'publisher: unknown — write the publisher\'s name');
  // A paragraph of prose may name dates and links; a byline may not open it. A caption the rules drop is not in `lines`.
  const lead = lines.find((line) => words(line) >= PROSE_WORDS && !isByline(line) && !captions.has(line) && !isPictureCredit(line));
  const firstSentence = lead ? (/^.{20,240}?[.!?](?=\s|$)/.exec(lead)?.[0] ?? `${lead.slice(0, 237).replace(/\s+\S*$/, '')}…`) : undefined;
  review.push(firstSentence ? 'summary: the first sentence of the text — rewrite it as one line for the home page' : 'summary: add one line for the home page');

  const year = published?.slice(0, 4) ?? 'undated';
  const slug = [year, ...(host ? [siteName(host)] : []), ...meaningfulWords(title ?? 'untitled').slice(0, 5)].join('-');
  const frontMatter = new Document({ title: title ?? '', authors, publisher, published: published ?? '', ...(url ? { url } : {}), summary: firstSentence ?? '' });
  // Each guess carries a review comment: the lint warns until the editor has checked it and deleted the comment.
  const comment = (key: string, text: string) => ((frontMatter.get(key, true) as Scalar | YAMLSeq).comment = ` ${REVIEW_NOTE} ${text}`);
  comment('title', named ? 'the line that shares most words with the address' : title ? 'the first line that reads like a title' : 'add the title');
  (frontMatter.get('authors', true) as YAMLSeq).flow = true;
  comment('authors', byline ? `from the byline "${byline}"` : 'add the authors, if the page names them');
  comment('publisher', host ? 'guessed from the address: write the publisher\'s name' : 'write the publisher\'s name');
  comment('published', published ? `${dateSource}: check it is the publication date` : 'add the date');
  comment('summary', 'a draft: rewrite it as one line');
  if (!isSlug(slug)) throw new Error(`internal: "${slug}" is not a slug`);
  const yaml = frontMatter.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return { slug, text: joinFrontMatter(yaml, normalised.replace(/^\n+/, '')), review };
}
