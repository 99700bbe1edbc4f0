/**
 * `node scripts/bench/parse-capture.ts [megabytes]`: times the capture parser on three synthetic
 * captures of the given size (default 2 MB) — one line, hard-wrapped at 72 columns, and one short
 * paragraph per line — and prints seconds and blocks for each. Time should grow linearly with size.
 */
import { createParseReport } from '../../pipeline/parse/parse-report.ts';
import { parseCapture } from '../../pipeline/parse/capture.ts';

const size = Number(process.argv[2] ?? 2) * 1_000_000;
const words = 'the plan sets out how ministries share data and which answers for what by the decade end'.split(' ');
let text = '';
for (let i = 1; text.length < size; i++) {
  text += `${words[i % words.length]}${i % 37 === 0 ? '.' : ''}${i % 500 === 0 ? String(i / 500) : ''} `;
}
const lines = (width: number) => text.match(new RegExp(`.{1,${width}}(\\s|$)`, 'gu')) ?? [];
const inputs: [string, string][] = [
  ['one line', text],
  ['hard-wrapped at 72 columns', lines(72).join('\n')],
  ['one paragraph per line', lines(100).map((line) => `${line.trim()}.`).join('\n\n')],
];
for (const [name, body] of inputs) {
  const start = performance.now();
  const tree = parseCapture(body, { title: 'Benchmark', rules: [], report: createParseReport() });
  console.log(`${name} (${(body.length / 1e6).toFixed(1)} MB): ${((performance.now() - start) / 1000).toFixed(2)} s, ${tree.children.length} blocks`);
}
