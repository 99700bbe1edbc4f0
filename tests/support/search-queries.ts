/**
 * The query-quality suite: what a reader types and the page they expect first among results of
 * its type (the search page lists Terms and Articles as two groups), or nothing at all.
 * Asserted by tests/search.test.ts and ranked by `npm run measure:search` (mean reciprocal rank).
 *
 * Hand-written cases name stable terms and articles only; the rest is derived from the glossary
 * (derivedQueries), so adding a term or an article changes the expectations with it.
 */
import type { GlossaryEntry } from '../../core/schema.ts';

export interface QueryCase {
  kind: string;
  query: string;
  /** Path under the site's base of the page expected first in its group; null: no result at all. */
  expected: string | null;
  /** A page that must not be among the results (a false hit the query used to return). */
  excluded?: string;
}

const term = (id: string) => `glossary/${id}/`;
const article = (slug: string) => `articles/${slug}/`;
const q = (kind: string, query: string, expected: string | null, excluded?: string): QueryCase => ({ kind, query, expected, ...(excluded ? { excluded } : {}) });

export const handWrittenQueries: QueryCase[] = [
  q('English', 'social credit', term('social-credit-system')),
  q('English', 'Internet Plus', term('internet-plus')),
  q('English', 'informatization', term('informatization')),
  q('English', 'high-quality development', term('high-quality-development')),
  q('English', 'common prosperity', term('common-prosperity')),
  q('English', 'new infrastructure', term('new-infrastructure')),
  q('English', 'rule of law', term('rule-of-law')),
  q('English', 'big data', term('big-data')),
  q('English alias', 'CAC', term('cyberspace-administration-of-china')),
  q('English alias', 'FYP', term('five-year-plan')),
  q('English alias', 'peasant cooperatives', term('farmer-cooperatives')),
  q('English alias', 'regulatory campaign', term('rectification-campaign')),
  q('English alias', 'PIPL', term('personal-information-protection-law')),
  q('English, article title', 'Is Data the Medicine', article('2020-wilson-center-data-ailing-economy')),
  q('English, article word', 'data', article('2020-wilson-center-data-ailing-economy')),
  q('English, article phrase', 'rural e-commerce', article('2015-the-diplomat-internet-plus-rural-economy')),
  q('English, article phrase', 'a new buzzword', article('2022-digichina-informatization-plan-forum')),
  q('English, one typo', 'informatisation', term('informatization')),
  q('English, one typo', 'prosperty', term('common-prosperity')),
  q('English, one typo', 'cybersecurty law', term('cybersecurity-law')),
  q('English, one typo', 'crowdsoucring', term('crowdsourcing')),
  q('English, one typo', 'fintekh', term('fintech')),
  q('English, one typo', 'nformatization', term('informatization')),
  q('English, one typo', 'cybresecurity', term('cybersecurity')),
  q('English, one typo', 'digital econmy', term('digital-economy')),
  q('hanzi', '高质量发展', term('high-quality-development')),
  q('hanzi', '信息化', term('informatization')),
  q('hanzi', '专项整治', term('rectification-campaign')),
  q('hanzi', '法治', term('rule-of-law')),
  q('hanzi, start', '高质量', term('high-quality-development')),
  q('hanzi, start', '社会信用', term('social-credit-system')),
  q('hanzi, middle to end', '质量发展', term('high-quality-development')),
  q('hanzi, middle', '信用', term('social-credit-system')),
  q('hanzi, middle', '创业万众', term('mass-entrepreneurship-and-innovation')),
  q('hanzi, exact before longer', '市场化', term('marketization')),
  q('hanzi, exact before longer', '数字化', term('digitization')),
  q('hanzi, in article text', '质量发展', article('2022-digichina-informatization-plan-forum')),
  q('hanzi, traditional', '高質量發展', term('high-quality-development')),
  q('hanzi, traditional', '網絡安全', term('cybersecurity')),
  q('hanzi, traditional, partial', '信用體系', term('social-credit-system')),
  q('pinyin with tones', 'gāo zhìliàng fāzhǎn', term('high-quality-development')),
  q('pinyin with tones', 'xìnxīhuà', term('informatization')),
  q('pinyin, toneless', 'gaozhiliang fazhan', term('high-quality-development')),
  q('pinyin, toneless', 'shehui xinyong', term('social-credit-system')),
  q('pinyin, toneless', 'xinxihua', term('informatization')),
  q('pinyin, toneless', 'zhuanxiang zhengzhi', term('rectification-campaign')),
  q('pinyin, toneless', 'gongtong fuyu', term('common-prosperity')),
  q('pinyin, toneless, part', 'xinxi', term('informatization'), term('new-infrastructure')),
  q('pinyin, toneless, part', 'xinxing', term('new-infrastructure'), term('informatization')),
  q('pinyin, toneless, part', 'zhiliang fazhan', term('high-quality-development')),
  q('pinyin, toneless, no spaces', 'gaozhiliangfazhan', term('high-quality-development')),
  q('pinyin, toneless, no spaces', 'shehuixinyongtixi', term('social-credit-system')),
  q('pinyin, toneless, syllables', 'gao zhi liang fa zhan', term('high-quality-development')),
  q('pinyin, toneless, syllables', 'xin xi hua', term('informatization')),
  // Reader QA: the DigiChina forum article was listed, its syllables in different words (xinxihua, zhili, shengchan, chanye, li…).
  q('pinyin, toneless, syllables', 'xin zhi sheng chan li', term('new-quality-productive-forces'), article('2022-digichina-informatization-plan-forum')),
  // An article with 数据 shùjù and 安全 ānquán in different terms, and one with "factors" besides them, does not hold the phrase.
  q('pinyin, toneless, phrase', 'shuju anquan', term('data-security'), article('2021-state-council-rule-of-law-data')),
  q('pinyin, toneless, phrase', 'wangluo anquan fa', term('cybersecurity-law'), article('2021-state-council-rule-of-law-data')),
  // Reader QA, stop 42: each found nothing, or listed the term after four articles.
  q('hanzi, traditional alias', '網信辦', term('cyberspace-administration-of-china')),
  q('pinyin, one typo, part of a name', 'gaozhilang', term('high-quality-development')),
  q('pinyin, a name as one word', 'likeqiang', article('2015-the-diplomat-internet-plus-rural-economy')),
  q('pinyin, a name with one typo', 'li keqaing', article('2015-the-diplomat-internet-plus-rural-economy')),
  q('English and hanzi', 'Data Security Law 数据安全法', term('data-security-law')),
  q('nonsense', 'xyzzyq', null, term('internet-plus')),
  q('nonsense', 'qwrtpz', null),
  q('nonsense', '鑫鑫鑫', null),
];

/** Hanzi parts of `hanzi` (two or more characters, not the whole) that no other entry's names contain. */
function uniqueParts(entry: GlossaryEntry, others: string[]): string[] {
  const chars = [...entry.hanzi];
  const parts: string[] = [];
  for (let length = chars.length - 1; length >= 2; length--) {
    for (let start = 0; start + length <= chars.length; start++) parts.push(chars.slice(start, start + length).join(''));
  }
  return parts.filter((part) => !others.some((name) => name.includes(part)));
}

/**
 * Cases derived from the glossary: each term by its traditional form, its pinyin as written
 * (tones and capitals), one part of its hanzi that no other term contains, and a name of several
 * words quoted and hyphenated.
 */
export function derivedQueries(glossary: GlossaryEntry[]): QueryCase[] {
  const cases: QueryCase[] = [];
  for (const entry of glossary) {
    const others = glossary.filter((other) => other.id !== entry.id).flatMap((other) => [other.hanzi, other.traditional ?? '']).filter(Boolean);
    if (entry.traditional && entry.traditional !== entry.hanzi) cases.push(q('derived: traditional', entry.traditional, term(entry.id)));
    cases.push(q('derived: pinyin as written', entry.pinyin, term(entry.id)));
    const part = uniqueParts(entry, others)[0];
    if (part) cases.push(q('derived: unique hanzi part', part, term(entry.id)));
    // A name of several words in quotes (a phrase search), and with hyphens for its spaces (reader QA: "cybersecurity-law").
    const words = entry.term.split(/\s+/);
    if (words.length > 1) cases.push(q('derived: name quoted', `"${entry.term}"`, term(entry.id)), q('derived: name hyphenated', words.join('-'), term(entry.id)));
  }
  return cases;
}
