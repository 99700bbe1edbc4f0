/**
 * Hard-wrapped lines that the copy of a web page breaks where the page does not (stop 42's trials);
 * the wrap rules on PDF text: capture-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../../tests/support/mdast-outline.ts';
import { parseCapture } from './capture.ts';

const parse = (lines: string[]) => ({ blocks: outline(parseCapture(lines.join('\n'), { title: 'A Title', rules: [] })) });

describe('a line broken inside a bracket', () => {
  it('goes on after a line that opens a bracket at its end, the cited text on the next line (MDPI, stop 42)', () => {
    // mdpi.com/2304-6775/13/3/38: each citation's link starts a line of the copy
    const lines = [
      'Research on data assets is interdisciplinary, involving information management, accounting, economics, law and computer science (',
      'Tang et al., 2025). Research collaboration refers to the formation of complementary teams by scholars (',
      'X. Chen & Zhang, 2019). The State Council has issued opinions on a data foundation system (see',
      'https://www.gov.cn/zhengce/2022-12/19/content_5732695.htm (accessed on 10 July 2025)).',
    ];
    const { blocks } = parse(lines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('computer science (Tang et al., 2025). Research');
    expect(blocks[0]).toContain('(see <https://www.gov.cn/');
    // A line that closes its bracket ends as before.
    expect(parse(['The law took effect in 2021 (the DSL).', 'Tang et al. (2025) read it otherwise.']).blocks).toHaveLength(2);
  });
});
