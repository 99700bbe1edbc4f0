/** The CLIs an editor runs answer --help with their usage, and a mistyped option with one line, not a stack trace. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join('scripts', script), ...args], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const commands = [
  { script: 'term-new.ts', name: 'term:new' },
  { script: 'article-new.ts', name: 'article:new' },
  { script: 'lint-content.ts', name: 'lint:content' },
  { script: 'build-content.ts', name: 'content' },
];

describe.each(commands)('npm run $name', ({ script, name }) => {
  it('prints its usage for --help and exits 0', async () => {
    const { code, stdout, stderr } = await run(script, ['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`usage: npm run ${name} --`);
  });

  it('refuses an unknown option in one line naming it, with the usage, and exits 2', async () => {
    const { code, stdout, stderr } = await run(script, ['--colour']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${name}: Unknown option '--colour' — run it as npm run ${name} -- `))]);
  });
});

describe('npm run content', () => {
  it('names a content folder that does not exist, and an output folder it cannot write, in one line each', async () => {
    const missing = await run('build-content.ts', ['--content', '/nonexistent/content']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('/nonexistent/content: folder not found — give the content folder that holds articles/ and glossary/ (--content DIR or CONTENT_DIR)');
    const unwritable = await run('build-content.ts', ['--out', path.join(root, 'README.md', 'generated')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr.trim()).toMatch(/README\.md\/generated\.tmp-\d+\/articles: cannot write the output \(ENOTDIR\) — give --out/);
  });
});
