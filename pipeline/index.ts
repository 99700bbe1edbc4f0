/**
 * The conversion pipeline's entry points: content/ (articles, glossary, boilerplate rules) →
 * generated/ (annotated MDX, the site's collections as JSON, report, concordance, co-occurrence). read/ → parse/ → transform/ → stringify/ is
 * one article's way (convert-article.ts); lint/ checks the glossary against the corpus; run/ does
 * it over files, with the cache and worker threads.
 */
export { checkCorpus, convertCorpus, inspectCorpus, type CheckedCorpus, type CorpusOutput, type InspectedCorpus } from './corpus.ts';
export { articleConverter, type ArticleRecord, type ConvertedArticle, type PreparedCorpus } from './convert-article.ts';
export { decodeSource, readCorpus, type CorpusInput, type SourceFile } from './read/corpus-files.ts';
export { buildContent, type BuildOptions } from './run/build-content.ts';
