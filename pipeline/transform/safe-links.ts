/**
 * Links and images may point at web addresses, mail addresses and places in the site, nothing
 * else: a `javascript:` or `data:` address in a Markdown article would run or show whatever it
 * holds when a reader follows it. Each other address fails the article at its line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { unsafeLinks } from '../../core/link-addresses.ts';
import { MESSAGE_SOURCE } from '../article-file.ts';

export function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    let last;
    for (const { node, scheme } of unsafeLinks(tree)) {
      const { url } = node;
      last = file.message(`link to a ${scheme}: address (${url.length > 60 ? `${url.slice(0, 57)}…` : url})`, { place: node.position, ruleId: 'unsafe-link', source: MESSAGE_SOURCE });
      last.note = 'link to an http(s) or mailto: address, or write the address as text';
      last.fatal = true;
    }
    if (last) throw last;
  };
}
