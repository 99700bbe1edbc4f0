/** Plugin: tags every run of Chinese with its language (core/mark-chinese.ts). Runs last, as it wraps text the other steps read. */
import type { Root } from 'mdast';
import { markChineseText } from '../../core/mark-chinese.ts';

export function remarkMarkChinese() {
  return (tree: Root): void => markChineseText(tree);
}
