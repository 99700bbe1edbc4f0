/**
 * Links and images may point at web addresses, mail addresses and places in the site, nothing
 * else: a `javascript:` or `data:` address in a Markdown article would run or show whatever it
 * holds when a reader follows it. Each other address fails the article at its line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { MESSAGE_SOURCE } from '../article-file.ts';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The address's scheme as a browser reads it (it ignores whitespace and controls inside it), lower-cased; none for a relative address. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007F]/g, ''))?.[1].toLowerCase();
}

export function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    let last;
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const { url } = node as { url: string };
      const scheme = urlScheme(url);
      if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return;
      last = file.message(`link to a ${scheme}: address (${url.length > 60 ? `${url.slice(0, 57)}…` : url})`, { place: node.position, ruleId: 'unsafe-link', source: MESSAGE_SOURCE });
      last.note = 'link to an http(s) or mailto: address, or write the address as text';
      last.fatal = true;
    });
    if (last) throw last;
  };
}
