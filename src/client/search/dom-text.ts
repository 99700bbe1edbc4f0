/** Small DOM builders the search page's results and status line share. */
import { splitMixedText } from '../../../core/mixed-text.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its runs of hanzi and toned pinyin marked as Chinese, so that a screen reader reads them in Chinese. */
export function mixedText(text: string): (string | HTMLElement)[] {
  return splitMixedText(text).map((part) => (part.lang ? Object.assign(element('span', '', part.text), { lang: part.lang }) : part.text));
}
