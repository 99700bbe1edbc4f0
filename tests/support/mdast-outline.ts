/**
 * A parsed capture's block structure as lines a test can compare paragraph by paragraph:
 * `h2 Title`, `p Text`, `ul` / `ol 3` then `  li Text` (nested items indented further),
 * `table` then `  tr Cell | Cell`, `fn 1 Text`. Inline: `[^1]` a footnote reference, `^1` a raised marker whose note is missing,
 * `<url>` a link.
 */
import type { Nodes, Root } from 'mdast';

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'footnoteReference':
      return `[^${node.identifier}]`;
    case 'link':
      return `<${node.url}>`;
    case 'mdxJsxTextElement':
      return node.name === 'sup' ? `^${node.children.map(inline).join('')}` : node.children.map(inline).join('');
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function block(node: Nodes, indent: string): string[] {
  switch (node.type) {
    case 'heading':
      return [`${indent}h${node.depth} ${inline(node)}`];
    case 'paragraph':
      return [`${indent}p ${inline(node)}`];
    case 'list':
      return [
        `${indent}${node.ordered ? `ol ${node.start ?? 1}` : 'ul'}`,
        ...node.children.flatMap((item) => {
          const [first, ...rest] = item.children;
          return [`${indent}  li ${first ? inline(first) : ''}`, ...rest.flatMap((child) => block(child, `${indent}    `))];
        }),
      ];
    case 'table':
      return [`${indent}table`, ...node.children.map((row) => `${indent}  tr ${row.children.map(inline).join(' | ')}`)];
    case 'footnoteDefinition':
      return [`${indent}fn ${node.identifier} ${node.children.map(inline).join(' ')}`];
    default:
      return [`${indent}${node.type}`];
  }
}

export const outline = (tree: Root): string[] => tree.children.flatMap((node) => block(node, ''));

/** Expected lines ending in "…" match any line that starts with what precedes it. */
export function matchOutline(actual: readonly string[], expected: readonly string[]): string[] {
  return actual.map((line, i) => {
    const want = expected[i];
    return want !== undefined && want.endsWith('…') && line.startsWith(want.slice(0, -1)) ? want : line;
  });
}
