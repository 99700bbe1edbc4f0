/**
 * The content schemas, defined once: the build script validates sources with them and
 * `src/content.config.ts` hands the same objects to Astro's collections.
 */
import { z } from 'zod';
import { HANZI_FIELD } from './chinese-text.ts';

/** An ISO 8601 calendar date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z
  .string()
  // abort: a value that is not of this form is not also reported as an impossible date.
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((value) => {
    const [year, month = 1, day = 1] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real calendar date');

/** A rule that removes web chrome from a raw capture. Patterns are JavaScript regular expressions matched against one trimmed line. */
export const BoilerplateRule = z.union([
  // `caption: true`: the line is a picture's caption, and the alt text written directly above it goes with it.
  z.object({ drop: z.string().min(1), caption: z.literal(true).optional() }).strict(),
  z.object({ cutFrom: z.string().min(1) }).strict(),
]);
export type BoilerplateRule = z.infer<typeof BoilerplateRule>;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Front matter of a source article in `content/articles/`. */
export const ArticleFrontMatter = z
  .object({
    title: z.string().trim().min(1),
    authors: z.array(z.string().trim().min(1)).default([]),
    publisher: z.string().trim().min(1),
    published: IsoDate,
    url: z.url({ protocol: /^https?$/ }).optional(),
    summary: z.string().trim().min(1),
    /** Extra boilerplate rules for this capture, on top of the default list. */
    boilerplate: z.array(BoilerplateRule).default([]),
    /** Runs of hanzi left out of the coverage report on purpose (a source's typo, a quoted title); they still get dictionary cards. */
    ignore: z.array(z.string().regex(/^\p{Script=Han}+$/u, 'must be a run of Chinese characters, as the coverage report prints it')).default([]),
  })
  .strict();
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

/** Front matter of a generated MDX article: the source's, minus the rules, plus what the build derived. */
export const GeneratedArticleFrontMatter = ArticleFrontMatter.omit({ boilerplate: true, ignore: true }).extend({
  /** Glossary ids used in the article, in order of first occurrence. */
  terms: z.array(z.string()).default([]),
  /** Whole minutes to read the article, counted by the conversion. */
  readingMinutes: z.number().int().positive(),
});
export type GeneratedArticleFrontMatter = z.infer<typeof GeneratedArticleFrontMatter>;

export const TermCategory = z.enum([
  'plan',
  'initiative',
  'slogan',
  'concept',
  'institution',
  'law',
  'platform',
  'phrase',
]);
export type TermCategory = z.infer<typeof TermCategory>;

/**
 * An English surface form. Case rule: `exact` matches only as written; `ignore` matches any case.
 * A bare string is `exact` when it looks like an acronym (no lower-case letters), `ignore` otherwise.
 */
export const Alias = z.union([
  z.string().trim().min(2),
  z.object({ text: z.string().trim().min(2), case: z.enum(['exact', 'ignore']) }).strict(),
]);
export type Alias = z.infer<typeof Alias>;

/** A bare alias with no lower-case letter (CAC, NDRC, FYP) is an acronym and must match exactly. */
export function aliasForm(alias: Alias): { text: string; exact: boolean } {
  if (typeof alias !== 'string') return { text: alias.text, exact: alias.case === 'exact' };
  return { text: alias, exact: !/\p{Ll}/u.test(alias) };
}

/** Why an entry's form differs from what the content lint derives (a polyphone read by context, a neutral tone, digits). */
const Override = z.object({ reason: z.string().trim().min(10, 'say why, in a sentence') }).strict();

/**
 * Deliberate departures from the lint's derived forms: `pinyin` from pinyin-pro's reading,
 * `traditional` from OpenCC's cn→tw conversion of the hanzi, `headword` from the aliases (a
 * headword in ordinary English that articles must not link).
 */
const Overrides = z.object({ pinyin: Override.optional(), traditional: Override.optional(), headword: Override.optional() }).strict();

/** Where a fact comes from: a title and the address of the page that says it. */
export const Source = z
  .object({
    title: z.string().trim().min(1),
    url: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? 'is missing: add url: https://… of the page that says this' : 'must be an http(s) address of the page that says this'),
    }),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** An English translation of a term in use, who uses it and where. */
export const Rendering = z
  .object({
    text: z.string().trim().min(1),
    /** The institution or translator that uses it. */
    by: z.string().trim().min(1),
    source: Source,
    /** "official", "literal", … */
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Rendering = z.infer<typeof Rendering>;

/** A dated event in a term's history; YAML reads an unquoted year as a number, taken as that year. */
export const TimelineEvent = z
  .object({
    date: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), IsoDate),
    event: z.string().trim().min(1),
    source: Source,
    /** Why an event may predate the term's `introduced` year (an earlier form of the words, a precursor document). */
    reason: z.string().trim().min(10, 'say why, in a sentence').optional(),
  })
  .strict();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** How another entry stands to this one, as written in `related` (see core/relations.ts for the inverses). */
export const RelationType = z.enum(['predecessor', 'successor', 'part-of', 'short-form-of', 'contrasts-with', 'see-also']);
export type RelationType = z.infer<typeof RelationType>;

/** A related entry: a bare id is a see-also, so untyped lists keep working; the object form names the relation. */
export const RelatedTerm = z.union([
  z.string().regex(slugPattern, 'must be the id (file name) of another entry'),
  z
    .object({
      id: z.string().regex(slugPattern, 'must be the id (file name) of another entry'),
      relation: RelationType,
      note: z.string().trim().min(1).optional(),
      source: Source.optional(),
    })
    .strict(),
]);
export type RelatedTerm = z.infer<typeof RelatedTerm>;

/** One glossary term, stored as `content/glossary/<id>.yaml`; the id is the file name. */
export const GlossaryEntry = z
  .object({
    term: z.string().trim().min(1),
    hanzi: z.string().regex(HANZI_FIELD, 'must be simplified Chinese characters only'),
    traditional: z.string().regex(HANZI_FIELD, 'must be Chinese characters only').optional(),
    pinyin: z.string().trim().min(1),
    aliases: z.array(Alias).default([]),
    literal: z.string().trim().min(1).optional(),
    category: TermCategory,
    introduced: z.number().int().min(1900).max(2100).optional(),
    summary: z.string().trim().min(1).max(240),
    definition: z.string().trim().min(1),
    renderings: z.array(Rendering).default([]),
    timeline: z.array(TimelineEvent).default([]),
    related: z.array(RelatedTerm).default([]),
    sources: z.array(Source).min(1),
    overrides: Overrides.optional(),
    /** Scaffolded by `npm run term:new` and not yet reviewed: the site marks it as a draft. */
    draft: z.boolean().optional(),
    /** Kept for its page and relations though no article is meant to use it: the lint does not ask for one. */
    reference: z.boolean().optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry> & { id: string };

export const isSlug = (value: string) => slugPattern.test(value);

/** One occurrence of a term in an article, for the term page's concordance. */
export const Occurrence = z
  .object({
    term: z.string(),
    /** Article slug. */
    article: z.string(),
    /** Id of the paragraph's anchor, without `#`. */
    anchor: z.string(),
    /** 1 for the term's first occurrence in the article, 2 for the second, … */
    occurrence: z.number().int().min(1),
    sentence: z.string(),
    /** Where the surface form sits in `sentence` (UTF-16 offsets, end exclusive). */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict();
export type Occurrence = z.infer<typeof Occurrence>;

/** Two terms that share paragraphs of the articles; `generated/cooccurrence.json` lists every such pair, sorted. */
export const CoOccurrence = z
  .object({
    /** The two ids, `a` < `b`. */
    a: z.string(),
    b: z.string(),
    /** Paragraphs that hold both. */
    paragraphs: z.number().int().min(1),
  })
  .strict();
export type CoOccurrence = z.infer<typeof CoOccurrence>;

/** The concordance of one glossary entry: `generated/concordance/<id>.json`, one file per entry. */
export const ConcordanceEntry = z.object({ id: z.string(), occurrences: z.array(Occurrence) }).strict();
export type ConcordanceEntry = z.infer<typeof ConcordanceEntry>;

/**
 * What the capture parser found in one raw capture: its headings and why each is one, and every
 * line it removed, grouped by the rule that removed it, so nothing disappears unexplained.
 * Lines are lines of the source file; `chars` count the trimmed text of the lines concerned.
 */
export const ParseReport = z
  .object({
    /** Non-blank lines of the body and their characters: what the removals are a share of. */
    lines: z.number().int().min(0),
    chars: z.number().int().min(0),
    headings: z.array(z.object({ line: z.number().int(), depth: z.number().int().min(1).max(6), text: z.string(), evidence: z.string() }).strict()),
    /** Lines dropped one by one, per rule id (`drop: <pattern>` for boilerplate rules, `parser: <rule>` for the parser's own). */
    dropped: z.array(z.object({ rule: z.string(), lines: z.array(z.number().int()), chars: z.number().int().min(0) }).strict()),
    /** Footnote markers whose note the capture does not hold ("[3]" with no "[3] …" line; "power.1" with no notes). */
    markersWithoutNotes: z.array(z.object({ line: z.number().int(), marker: z.string() }).strict()),
    /** What a `cutFrom` rule removed: from `line` to the end, `lines` non-blank lines of `chars` characters. */
    cut: z.object({ rule: z.string(), line: z.number().int(), lines: z.number().int().min(0), chars: z.number().int().min(0) }).strict().optional(),
  })
  .strict();
export type ParseReport = z.infer<typeof ParseReport>;

/** `generated/report.json`: what the conversion found in each article, for editors and for the site's exports. */
export const ConversionReport = z
  .object({
    /** In slug order. */
    articles: z.array(
      z
        .object({
          slug: z.string(),
          /** Callouts per glossary id, in order of first occurrence. */
          callouts: z.record(z.string(), z.number().int().min(1)),
          /** Mentions per glossary id as a reader counts them (core/mentions.ts): a form and the bracketed hanzi glossing it are one. */
          mentions: z.record(z.string(), z.number().int().min(1)),
          /** Runs of hanzi that no glossary entry covers, with their source line when known. */
          uncovered: z.array(z.object({ text: z.string(), line: z.number().int().optional() }).strict()),
          /** Raw captures only: what the capture parser found and removed. */
          parse: ParseReport.optional(),
        })
        .strict(),
    ),
    /** Glossary ids that no article uses. */
    unusedTerms: z.array(z.string()),
  })
  .strict();
export type ConversionReport = z.infer<typeof ConversionReport>;
