/** The build log's site size: a maintainer hears before deploying that GitHub Pages would refuse the site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_SITE_LIMIT, siteSize, siteSizeNotice } from './site-size.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('site size', () => {
  it('counts every file in every folder of the built site', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-reader-size-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'articles', 'one'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(path.join(dir, 'articles', 'one', 'index.html'), 'y'.repeat(250));
    expect(await siteSize(dir)).toEqual({ files: 2, bytes: 350 });
  });

  it('says the size, and warns with what to do once the site nears the 1 GB GitHub Pages publishes', () => {
    expect(siteSizeNotice(2032, 113_800_000)).toEqual({ level: 'info', message: 'site: 2,032 files, 113.8 MB' });
    const near = siteSizeNotice(11_212, 884_200_000);
    expect(near.level).toBe('warn');
    expect(near.message).toMatch(/^site: 11,212 files, 884\.2 MB: 88 % of the 1 GB GitHub Pages publishes/);
    expect(near.message).toContain('serve dist/ from another static host');
    expect(siteSizeNotice(20_000, PAGES_SITE_LIMIT + 1).message).toContain('over the 1 GB');
  });
});
