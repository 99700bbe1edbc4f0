/**
 * The queries a reader types and the page they expect first, as paths under the site's base:
 * asserted by tests/search.test.ts, and ranked by `npm run measure:search`.
 */
const term = (id: string) => `glossary/${id}/`;

/** [kind of query, query, expected first page]. */
export const expectedFirst: [kind: string, query: string, path: string][] = [
  ['English', 'social credit', term('social-credit-system')],
  ['English', 'Internet Plus', term('internet-plus')],
  ['English', 'informatization', term('informatization')],
  ['English', 'high-quality development', term('high-quality-development')],
  ['English alias', 'CAC', term('cyberspace-administration-of-china')],
  ['English alias', 'FYP', term('five-year-plan')],
  ['English alias', 'peasant cooperatives', term('farmer-cooperatives')],
  ['English alias', 'regulatory campaign', term('rectification-campaign')],
  ['hanzi', '高质量发展', term('high-quality-development')],
  ['hanzi, start', '高质量', term('high-quality-development')],
  ['hanzi, middle to end', '质量发展', term('high-quality-development')],
  ['hanzi, start', '社会信用', term('social-credit-system')],
  ['hanzi, middle', '信用', term('social-credit-system')],
  ['hanzi, inside a longer name', '信息化', term('informatization')],
  ['hanzi, traditional', '高質量發展', term('high-quality-development')],
  ['hanzi', '专项整治', term('rectification-campaign')],
  ['pinyin with tones', 'gāo zhìliàng fāzhǎn', term('high-quality-development')],
  ['pinyin, toneless', 'gaozhiliang fazhan', term('high-quality-development')],
  ['pinyin, toneless, no spaces', 'gaozhiliangfazhan', term('high-quality-development')],
  ['pinyin, toneless, syllables', 'gao zhi liang fa zhan', term('high-quality-development')],
  ['pinyin, toneless', 'shehui xinyong', term('social-credit-system')],
  ['pinyin, toneless', 'xinxihua', term('informatization')],
  ['pinyin, toneless', 'zhuanxiang zhengzhi', term('rectification-campaign')],
  ['pinyin, toneless', 'gongtong fuyu', term('common-prosperity')],
];
