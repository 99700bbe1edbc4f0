/**
 * Segmentation quality: each method's word precision and recall on the gold segmentation
 * (tests/fixtures/segmentation/gold.txt), with the glossary's hanzi as user words.
 * Usage: node scripts/bench/segmentation-quality.ts [--content DIR]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/read/glossary.ts';
import { loadCedict } from '../../pipeline/dictionary/cedict.ts';
import { jiebaSegmenter, longestMatchSegmenter, type Segment } from '../../pipeline/dictionary/segmenter.ts';
import { readGold, scoreSegmenter } from '../../pipeline/dictionary/segmentation-score.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const input = await readCorpus({ contentDir: path.resolve(values.content) });
const userWords = loadGlossary(input.glossary).flatMap((entry) => [entry.hanzi, entry.traditional ?? []].flat());
const gold = readGold(readFileSync(new URL('../../tests/fixtures/segmentation/gold.txt', import.meta.url), 'utf8'));
const cedict = loadCedict();

const methods: [string, Segment][] = [
  ['jieba + glossary (no HMM)', jiebaSegmenter(userWords)],
  ['jieba + glossary (HMM)', jiebaSegmenter(userWords, { hmm: true })],
  ['longest match, CEDICT + glossary', longestMatchSegmenter(cedict, userWords)],
  ['jieba alone (no glossary)', jiebaSegmenter([])],
  ['longest match, CEDICT alone', longestMatchSegmenter(cedict, [])],
];
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(`gold: ${gold.length} runs, ${gold.flat().length} words; CC-CEDICT of ${cedict.date}`);
console.log('method | precision | recall | F1 | words across a gold boundary | runs exactly right');
for (const [name, segment] of methods) {
  const score = scoreSegmenter(segment, gold);
  console.log(`${name} | ${percent(score.precision)} | ${percent(score.recall)} | ${percent(score.f1)} | ${score.crossing} | ${score.exactRuns}/${score.runs}`);
}
