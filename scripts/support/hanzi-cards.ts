/**
 * Issue 17's promise on a built article page: every run of hanzi in the text (headings and
 * footnotes included) opens a card with pinyin. A text node is covered when it sits in a term or
 * word link whose card is on the page with a pinyin reading, or in a later mention (plain text by
 * design, issue 18) of a term or word whose first mention on the page is such a link.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { hasHan } from '../../core/chinese-text.ts';


export interface HanziCheck {
  /** Text nodes with hanzi in the article's text. */
  total: number;
  /** Those inside a link whose card has pinyin. */
  linked: number;
  /** Later mentions of a term or word whose card a link on the page opens. */
  repeats: number;
  /** The rest: each a problem, with the reason. */
  uncovered: { text: string; reason: string }[];
}

/** The card of a callout key (`data-term`) has a non-empty pinyin line. */
function hasPinyinCard(root: HTMLElement, key: string): boolean {
  const card = root.querySelector(`[id="card-${key}"]`);
  return !!card && (card.querySelector('.term-card-pinyin')?.text.trim() ?? '') !== '';
}

export function checkHanziCards(html: string): HanziCheck {
  const root = parse(html);
  const prose = root.querySelector('.prose');
  if (!prose) throw new Error('no .prose element: not an article page');
  const result: HanziCheck = { total: 0, linked: 0, repeats: 0, uncovered: [] };
  const linkedKeys = new Set<string>();
  const walk = (node: Node, callout: HTMLElement | undefined) => {
    if (node.nodeType === 3) {
      const text = node.rawText;
      if (!hasHan(text)) return;
      result.total++;
      const key = callout?.getAttribute('data-term');
      const problem = (reason: string) => result.uncovered.push({ text: text.slice(0, 60), reason });
      if (!callout || !key) return problem('in no term or word');
      if (callout.classList.contains('term-link')) {
        return hasPinyinCard(root, key) ? void result.linked++ : problem(`no card with pinyin for ${key}`);
      }
      return linkedKeys.has(key) ? void result.repeats++ : problem(`later mention of ${key} with no link to its card before it`);
    }
    const element = node as HTMLElement;
    if (element.classList?.contains('term-card')) return;
    const isCallout = element.tagName === 'A' ? element.classList.contains('term-link') : element.classList?.contains('term-mention');
    // A first mention may be English ("Digital China"); its card is the one a later 数字中国 shares.
    if (element.tagName === 'A' && isCallout && hasPinyinCard(root, element.getAttribute('data-term') ?? '')) linkedKeys.add(element.getAttribute('data-term')!);
    for (const child of node.childNodes) walk(child, isCallout ? element : callout);
  };
  walk(prose, undefined);
  return result;
}
