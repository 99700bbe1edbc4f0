/**
 * Converting one article: a unified processor per source format, the same steps after the
 * parser. Each step is a plugin that leaves its findings on `file.data`; the converted article is
 * the compiled MDX plus those findings.
 */
import { unified } from 'unified';
import type { GeneratedArticleFrontMatter, GlossaryEntry, Occurrence, ParseReport } from '../core/schema.ts';
import { articleFile, fileErrors } from './article-file.ts';
import type { ContentError } from './content-error.ts';
import { captureParser } from './parse/capture-parser.ts';
import { markdownParser } from './parse/markdown-parser.ts';
import type { CompiledRule } from './read/boilerplate-rules.ts';
import type { SourceArticle, SourceFormat } from './read/article-source.ts';
import { mdxCompiler } from './stringify/mdx-compiler.ts';
import { remarkAnnotateTerms, type MatchNote } from './transform/annotate-terms.ts';
import { remarkConcordance } from './transform/concordance.ts';
import { remarkCoverage, type UncoveredRun } from './transform/coverage.ts';
import { remarkFirstMentions } from './transform/first-mentions.ts';
import { remarkDictionaryWords } from './transform/dictionary-words.ts';
import { remarkMarkChinese } from './transform/mark-chinese.ts';
import { remarkParagraphAnchors } from './transform/paragraph-anchors.ts';
import { remarkReadingTime } from './transform/reading-time.ts';
import { remarkNestingLimit } from './transform/nesting-limit.ts';
import { remarkSafeLinks } from './transform/safe-links.ts';
import { termMatcherFor, type TermMatcher } from './transform/term-matcher.ts';

/** Everything an article's conversion needs besides its own source, validated: plain data, so it can cross to a worker thread. */
export interface PreparedCorpus {
  defaults: CompiledRule[];
  glossary: GlossaryEntry[];
}

export interface ConvertedArticle {
  slug: string;
  file: string;
  mdx: string;
  /** The front matter written above `mdx`. */
  frontMatter: GeneratedArticleFrontMatter;
  /** Callouts per glossary id, in order of first occurrence. */
  callouts: Record<string, number>;
  uncovered: UncoveredRun[];
  /** Words given dictionary cards, in order of first occurrence. */
  words: string[];
  /** Words the text romanises beside them as a person's name. */
  names: Record<string, string>;
  /** Every annotated term, with its sentence and paragraph anchor, in document order. */
  occurrences: Occurrence[];
  /** Matches the content lint questions (annotate-terms.ts). */
  notes: MatchNote[];
  /** Raw captures: what the capture parser found and removed. */
  parse?: ParseReport;
}

/** What the corpus-wide lint and report need of an article: all but its MDX and its occurrences (the concordance's). */
export type ArticleRecord = Omit<ConvertedArticle, 'mdx' | 'occurrences'>;

/** The processor for one source format; frozen, so every article runs the same configured plugins. */
function articleProcessor(format: SourceFormat, { defaults, glossary }: PreparedCorpus, matcher: TermMatcher) {
  const parsed = format === 'markdown' ? unified().use(markdownParser) : unified().use(captureParser, { defaults });
  return parsed
    .use(remarkNestingLimit)
    .use(remarkSafeLinks)
    .use(remarkReadingTime)
    .use(remarkAnnotateTerms, { matcher })
    .use(remarkParagraphAnchors)
    .use(remarkCoverage, { glossary })
    .use(remarkConcordance)
    .use(remarkDictionaryWords, { glossary })
    .use(remarkFirstMentions)
    // Last, as it wraps text the coverage check and the concordance read as plain text nodes.
    .use(remarkMarkChinese)
    .use(mdxCompiler)
    .freeze();
}

/**
 * Converts one article at a time against a prepared corpus, its problems going to `errors`. One
 * term matcher per converter (per thread), shared by both formats' processors.
 */
export function articleConverter(prepared: PreparedCorpus): (source: SourceArticle, errors: ContentError[]) => ConvertedArticle | undefined {
  const matcher = termMatcherFor(prepared.glossary);
  const processors = { capture: articleProcessor('capture', prepared, matcher), markdown: articleProcessor('markdown', prepared, matcher) };
  return (source, errors) => {
    const file = articleFile(source);
    try {
      processors[source.format].processSync(file);
    } catch (error) {
      // A step that cannot go on fails the file with a message; anything else is a bug.
      if (!file.messages.includes(error as never)) throw error;
    }
    const problems = fileErrors(file);
    if (problems.length > 0) {
      errors.push(...problems);
      return undefined;
    }
    const { callouts = {}, uncovered = [], words = [], names = {}, occurrences = [], matchNotes: notes = [], parse, frontMatter } = file.data;
    return { slug: source.slug, file: source.file, mdx: String(file.value), frontMatter: frontMatter!, callouts, uncovered, words, names, occurrences, notes, ...(parse && { parse }) };
  };
}
