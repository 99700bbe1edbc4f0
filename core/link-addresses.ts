/**
 * Which addresses a link or image in content may have: web and mail addresses and places in the
 * site. A `javascript:` or `data:` address would run or show whatever it holds when a reader
 * follows it. Shared by the articles' check (pipeline/transform/safe-links.ts), the glossary lint
 * and the site's rendering of definitions.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The address's scheme as a browser reads it (it ignores whitespace and controls inside it), lower-cased; none for a relative address. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007F]/g, ''))?.[1].toLowerCase();
}

/** The scheme of an address content may not link to, or undefined when it may. */
export function unsafeScheme(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme) ? undefined : scheme;
}

/** Each link, image and link definition whose address content may not use, in document order. */
export function unsafeLinks(tree: Root): { node: { url: string; position?: Root['position'] }; scheme: string }[] {
  const found: ReturnType<typeof unsafeLinks> = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const scheme = unsafeScheme((node as { url: string }).url);
    if (scheme) found.push({ node: node as { url: string }, scheme });
  });
  return found;
}

/** remark plugin for text the lint has checked already: a link to such an address is shown as its text, an image as its alt text, and a definition with one is dropped. */
export function remarkUnsafeLinksAsText() {
  return (tree: Root) => {
    visit(tree, ['link', 'image', 'definition'], (node, index, parent) => {
      if (!parent || index === undefined || !unsafeScheme((node as { url: string }).url)) return;
      const replacement = node.type === 'link' ? node.children : node.type === 'image' ? [{ type: 'text' as const, value: node.alt ?? '' }] : [];
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index];
    });
  };
}
