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
import type { VFile } from 'vfile';
import type { ParseReport } from '../../core/schema.ts';
import { MESSAGE_SOURCE } from '../article-file.ts';

export interface CaptureParserOptions {
  /** The rules of `content/boilerplate.yaml`, applied to every capture. */
  defaults: readonly CompiledRule[];
}

export const captureParser: Plugin<[CaptureParserOptions], string, Root> = function (this: Processor, { defaults }) {
  this.parser = (document, file) => {
    const { frontMatter, rules, bodyLine } = file.data.source!;
    const report = (file.data.parse = createParseReport());
    const tree = parseCapture(document, { title: frontMatter.title, authors: frontMatter.authors, publisher: frontMatter.publisher, rules: [defaults, rules], firstLine: bodyLine, report });
    if (tree.children.length === 0) failEmptied(file, report);
    return tree;
  };
};

/** An article its rules removed whole fails, as an article with no body does: a page with nothing on it is no article. */
function failEmptied(file: VFile, report: ParseReport): never {
  const rules = [...new Set([...(report.cut ? [report.cut.rule] : []), ...report.dropped.map((drop) => drop.rule)])];
  const line = report.cut?.line ?? report.dropped[0]?.lines[0] ?? file.data.source?.bodyLine ?? 1;
  const message = file.message(`the boilerplate rules removed the whole article (${rules.join('; ')})`, { place: { line, column: 1 }, ruleId: 'emptied', source: MESSAGE_SOURCE });
  message.note = 'a rule matches the article\'s own text: narrow it (a cutFrom: must match a line below the article\'s end)';
  message.fatal = true;
  throw message;
}
