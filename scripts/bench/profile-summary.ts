/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) by self time: the top functions and the
 * top modules (a package under node_modules, or a file of ours), as percentages of the samples;
 * and, with --inclusive, the total time spent inside each named function (callees included).
 * Usage: node scripts/bench/profile-summary.ts FILE.cpuprofile [--top 25] [--inclusive toMdx,annotateTerms]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`; our files → their path from the project; Node's → `node:…`. */
function moduleOf(url: string): string {
  // V8's own entries keep their names; other url-less frames are builtins (RegExp, JSON, TextDecoder…).
  if (!url) return '(native builtins)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  if (url.startsWith('node:')) return url;
  const ours = /\/(core|pipeline|scripts|src|tests)\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

function summarise(profile: Profile, top: number, inclusive: readonly string[] = []): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const module = /^\(.*\)$/.test(functionName) ? functionName : moduleOf(url);
    const name = `${functionName || '(anonymous)'} ${module}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    modules.set(module, (modules.get(module) ?? 0) + micros);
  }
  const table = (title: string, rows: Map<string, number>) =>
    [`${title} (self time, of ${(total / 1e6).toFixed(2)} s sampled)`]
      .concat(
        [...rows]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1e3).toFixed(0).padStart(6)} ms  ${name}`),
      )
      .join('\n');
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inside = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (inclusive.includes(name) && !seen.has(name)) seen.add(name), inside.set(name, (inside.get(name) ?? 0) + micros);
    }
  }
  const sections = [table('modules', modules), table('functions', functions)];
  if (inclusive.length > 0) sections.push(table('inclusive', new Map(inclusive.map((name) => [name, inside.get(name) ?? 0]))));
  return sections.join('\n\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, inclusive: { type: 'string', default: '' } } });
  const inclusive = values.inclusive.split(',').filter(Boolean);
  for (const file of positionals) console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(values.top), inclusive));
}
