/**
 * The raw-capture parser as a unified parser plugin: like remark-parse, it sets the processor's
 * parser. The default boilerplate rules come as options; an article's own rules come from its
 * front matter, compiled as `readSource` read it (`file.data.source.rules`).
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { CompiledRule } from '../read/boilerplate-rules.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

export interface CaptureParserOptions {
  /** The rules of `content/boilerplate.yaml`, applied to every capture. */
  defaults: readonly CompiledRule[];
}

export const captureParser: Plugin<[CaptureParserOptions], string, Root> = function (this: Processor, { defaults }) {
  this.parser = (document, file) => {
    const { frontMatter, rules, bodyLine } = file.data.source!;
    const report = (file.data.parse = createParseReport());
    return parseCapture(document, { title: frontMatter.title, authors: frontMatter.authors, rules: [...defaults, ...rules], firstLine: bodyLine, report });
  };
};
