/**
 * The raw-capture parser as a unified parser plugin: like remark-parse, it sets the processor's
 * parser. The default boilerplate rules come as options; an article's own rules come from its
 * front matter on `file.data.source`, and an invalid one fails the file with its line.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../article-file.ts';
import { ContentError } from '../content-error.ts';
import { compileRules, type CompiledRule } from '../read/boilerplate-rules.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

export interface CaptureParserOptions {
  /** The rules of `content/boilerplate.yaml`, applied to every capture. */
  defaults: readonly CompiledRule[];
}

/** Front-matter rules start on the line after the opening `---`. */
const FRONT_MATTER_LINE = 2;

function ownRules(file: VFile): CompiledRule[] {
  const { source } = file.data;
  try {
    return compileRules(source!.frontMatter.boilerplate, file.path, FRONT_MATTER_LINE);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const message = file.message(error.message, { place: error.line === undefined ? undefined : { line: error.line, column: 1 }, ruleId: 'boilerplate-rule', source: MESSAGE_SOURCE });
    message.note = error.hint;
    message.fatal = true;
    throw message;
  }
}

export const captureParser: Plugin<[CaptureParserOptions], string, Root> = function (this: Processor, { defaults }) {
  this.parser = (document, file) => {
    const { frontMatter, bodyLine } = file.data.source!;
    const report = (file.data.parse = createParseReport());
    return parseCapture(document, { title: frontMatter.title, rules: [...defaults, ...ownRules(file)], firstLine: bodyLine, report });
  };
};
