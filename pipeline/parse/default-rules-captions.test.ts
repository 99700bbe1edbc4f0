/**
 * The default rules (content/boilerplate.yaml) on photo captions, from editor trials of stop 42 (each
 * line's page named beside it): what a caption rule drops, and text ending in a credit that stays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseDefaultRules } from '../read/boilerplate-rules.ts';
import { parseCapture } from './capture.ts';
import { createParseReport } from './parse-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const defaults = parseDefaultRules(readFileSync(path.join(root, 'content/boilerplate.yaml'), 'utf8'), 'content/boilerplate.yaml');
const PROSE = 'The plan sets out how the ministries will share data, and which of them answers for what.';

function parse(lines: string[]) {
  const report = createParseReport();
  const tree = parseCapture([...lines, '', PROSE].join('\n'), { title: 'T', rules: [defaults], report });
  return { dropped: Object.fromEntries(report.dropped.map((d) => [d.rule.replace(/^drop: .*/su, 'drop'), d.lines])), text: toString(tree) };
}

describe('caption rules', () => {
  it('keep a story told under a photo, four sentences and more before the credit (english.yunnan.cn, a Xinhua photo release)', () => {
    // english.yunnan.cn/html/2018/people_0302/13632_8.html
    const story = 'File photo taken on April 15, 2016 shows robot "Jia Jia" (L) posing for a photo at the campus of University of Science and Technology of China in Hefei, east China\'s Anhui Province. With a fortune of 295 billion yuan (about 46.6 billion U.S. dollars), Ma Huateng, founder and CEO of internet giant Tencent, is now the wealthiest person in China. The business leader, also known as Pony Ma, has jumped 23 places to be ranked 15th globally, according to the Hurun Global Rich List 2018 released on Wednesday. Behind the rise of Ma and his company is China\'s flourishing digital economy, which has been a story of commercial success. (Xinhua/Liu Junxi)';
    const { dropped, text } = parse([story]);
    expect(dropped).toEqual({});
    expect(text).toContain(story);
  });

  it('still drop a caption of one to three sentences with its credit (People\'s Daily Online)', () => {
    const caption = 'A staff member checks equipment at a data center of China Mobile in Horinger, Hohhot City, north China. The center opened in 2023. It serves the region. (Xinhua/Lian Zhen)';
    expect(parse([caption]).dropped).toEqual({ drop: [1] });
  });

  it('drop a Malaysian paper\'s caption, its credit after a dash: "pic", "Pic from …", a photographer and the paper', () => {
    const captions = [
      // The Star, thestar.com.my/news/nation/2022/09/30/speed-up-our-telco-pact-says-china-envoy
      'Great innovation: Ahmad Masrizal talking to Ouyang (left) while visiting a booth at the Malaysia-China Digital Economy Forum 2022. — RAJA FAISAL HISHAN/The Star',
      // The Malaysian Insight, themalaysianinsight.com/s/158278
      'Chinese Foreign Ministry spokesman Lu Kang says developing countries, including China and Malaysia, are entitled to enhance their capabilities in science and technology. – Pic from Chinese Embassy to Malaysia, May 31, 2019.',
      // Malay Mail, malaymail.com/news/world/2022/07/18/…/18066 (as date-stamp.test.ts quotes it), and its other forms of the credit
      'China is regulating online spaces to clean up what it calls \'online disorder\'. — AFP pic',
      'Prime Minister Anwar Ibrahim speaks at a public lecture at Tianjin University on September 1, 2025. — Bernama pic',
      'A worker inspects a wafer at a plant in Penang, March 3, 2024. — Reuters file pic',
    ];
    for (const caption of captions) expect(parse([caption]).dropped).toEqual({ drop: [1] });
  });

  it('keep a story\'s last paragraph ending on its wire\'s name, and sentences naming pictures', () => {
    const kept = [
      // Malay Mail, malaymail.com/news/malaysia/2025/09/01/malaysia-looks-to-expand-semiconductor-market-with-china-and-japan-collaborations-says-anwar/189635
      'The Prime Minister is currently on a four-day working visit to China, his fourth visit to the country since assuming office in November 2022. — Bernama',
      'Ouyang said some Chinese companies shared their photos. — The ambassador then left the forum.',
      'The ministry released the pictures on Monday. - The report said more would follow.',
    ];
    for (const line of kept) {
      const { dropped, text } = parse([line]);
      expect(dropped).toEqual({});
      expect(text).toContain(line);
    }
  });
});
