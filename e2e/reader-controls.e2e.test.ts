/**
 * The reader's controls in Chromium: settings that persist across reloads and apply before first
 * paint, pinyin ruby and tone colours, traditional characters, known terms with undo, the speech
 * button (hidden without a Chinese voice), and citations (copy, BibTeX and RIS files that parse).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url } from './browser.ts';

const ARTICLE = 'articles/2022-digichina-informatization-plan-forum/';
const TERM_PAGE = 'glossary/high-quality-development/';

async function choose(page: Page, name: string, value: string) {
  await page.locator('.reader-settings > summary').click();
  await page.locator(`.reader-settings input[name="${name}"][value="${value}"]`).check();
  await page.locator('.reader-settings > summary').click();
}

/** The first run of 高质量发展 in the article's text. */
const hqdRun = (page: Page) => page.locator('.prose [data-stored="高质量发展"], .prose [lang="zh-CN"]:text-is("高质量发展")').first();

describe('reader settings', () => {
  it('persist across reloads and are on <html> before the page is drawn', async () => {
    const { page } = await openPage();
    await page.goto(url(ARTICLE));
    await choose(page, 'size', 'l');
    await choose(page, 'marks', 'every');
    const large = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(large).toBeGreaterThan(20);
    // On the next page, the head's script has set them before the body exists.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as any).seenAtLoading = { ...document.documentElement.dataset };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const seen = await page.evaluate(() => (window as any).seenAtLoading);
    expect(seen).toMatchObject({ size: 'l', marks: 'every' });
    await expect(page.locator('.reader-settings input[name="size"][value="l"]').isChecked()).resolves.toBe(true);
    // Every mention marked: repeats are underlined and open their card on hover.
    const repeat = page.locator('.term-mention').first();
    await expect(repeat.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('underline');
    await repeat.scrollIntoViewIfNeeded();
    await repeat.hover();
    await page.locator(`#card-${await repeat.getAttribute('data-term')}`).waitFor({ state: 'visible' });
    await choose(page, 'marks', 'off');
    await expect(page.locator('.term-link').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('none');
  });

  it('close like a popover: on Escape (focus back on Settings), on a click elsewhere and when Tab leaves them', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 800 } });
    await page.goto(url(ARTICLE));
    const panel = page.locator('details.reader-settings');
    const isOpen = () => panel.evaluate((el) => (el as HTMLDetailsElement).open);
    await page.locator('.reader-settings > summary').click();
    await page.locator('.reader-settings input[name="size"]').first().focus();
    await page.keyboard.press('Escape');
    await expect(isOpen()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('.reader-settings > summary'))).resolves.toBe(true);
    await page.locator('.reader-settings > summary').click();
    await page.mouse.click(200, 700);
    await expect(isOpen()).resolves.toBe(false);
    await page.locator('.reader-settings > summary').click();
    await page.locator('.reader-settings input:checked').last().focus();
    await page.keyboard.press('Tab');
    await expect(isOpen()).resolves.toBe(false);
  });

  it('show pinyin above the hanzi, one <rt> per syllable, in tone colours (also colour-blind safe), and traditional characters', async () => {
    const { page } = await openPage();
    await page.goto(url(ARTICLE));
    await choose(page, 'ruby', 'on');
    const run = hqdRun(page);
    await expect(run.locator('rt').allTextContents()).resolves.toEqual(['gāo', 'zhì', 'liàng', 'fā', 'zhǎn']);
    // A screen reader hears the word, not each character followed by its syllable.
    await expect(run.ariaSnapshot()).resolves.toContain('高质量发展');
    // A dictionary word has ruby from its CC-CEDICT reading, one syllable per character.
    const word = page.locator('.prose a.term-word').filter({ has: page.locator('rt') }).first();
    const [hanzi, syllables] = await word.evaluate((el) => [el.querySelector('.sr-only')?.textContent ?? '', el.querySelectorAll('rt').length]);
    expect(syllables).toBe([...hanzi].length);
    await choose(page, 'tones', 'colours');
    await expect(run.locator('ruby').evaluateAll((rubies) => rubies.map((r) => r.className))).resolves.toEqual(['tone-1', 'tone-4', 'tone-4', 'tone-1', 'tone-3']);
    const colours = () => run.locator('ruby').evaluateAll((rubies) => rubies.map((r) => getComputedStyle(r).color));
    const vivid = await colours();
    expect(new Set(vivid).size).toBe(3);
    await choose(page, 'tones', 'safe');
    const safe = await colours();
    expect(safe).not.toEqual(vivid);
    await expect(run.locator('ruby.tone-3').first().evaluate((r) => getComputedStyle(r).textDecorationStyle)).resolves.toBe('wavy');
    await choose(page, 'script', 'traditional');
    await expect(run.evaluate((el) => [el.getAttribute('lang'), [...el.querySelectorAll('ruby')].map((r) => r.firstChild?.textContent).join('')])).resolves.toEqual(['zh-TW', '高質量發展']);
    await page.reload();
    await expect(hqdRun(page).locator('rt').count()).resolves.toBe(5);
    await choose(page, 'ruby', 'off');
    await choose(page, 'tones', 'off');
    await choose(page, 'script', 'simplified');
    await expect(hqdRun(page).evaluate((el) => [el.childElementCount, el.textContent, el.getAttribute('lang')])).resolves.toEqual([0, '高质量发展', 'zh-CN']);
  });
});

describe('known terms', () => {
  it('stop being marked once the reader knows them, and come back from the glossary page, with undo', async () => {
    const { page } = await openPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url(ARTICLE));
    const link = page.locator('.term-link[data-term="high-quality-development"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.locator('#card-high-quality-development');
    await card.waitFor({ state: 'visible' });
    await card.locator('button.term-known').click();
    await expect(card.locator('button.term-known').getAttribute('aria-pressed')).resolves.toBe('true');
    // The ✓ shows the state; the name stays the button's words.
    await expect(card.locator('button.term-known').ariaSnapshot()).resolves.toBe('- button "I know this term" [pressed]');
    const marked = () => link.evaluate((el) => getComputedStyle(el).textDecorationLine);
    await expect(marked()).resolves.toBe('none');
    await page.reload();
    await expect(marked()).resolves.toBe('none');
    // Nor at its later mentions when every mention is marked.
    await choose(page, 'marks', 'every');
    const repeat = page.locator('.term-mention[data-term="high-quality-development"]').first();
    await expect(repeat.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('none');
    await expect(page.locator('.term-mention:not([data-term="high-quality-development"])').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('underline');
    await choose(page, 'marks', 'first');
    await page.goto(url('glossary/'));
    const known = page.locator('.known-terms');
    await expect(known.locator('li').allTextContents()).resolves.toEqual([expect.stringContaining('High-quality development')]);
    // By keyboard: the focus follows the change, to Undo and back to the term's button.
    await known.locator('[data-forget="high-quality-development"]').focus();
    await page.keyboard.press('Enter');
    await expect(known.locator('li').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Undo');
    await page.keyboard.press('Enter');
    await expect(known.locator('li').count()).resolves.toBe(1);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.forget)).resolves.toBe('high-quality-development');
    await known.locator('[data-forget="high-quality-development"]').click();
    await page.goto(url(ARTICLE));
    await expect(marked()).resolves.toBe('underline');
  });
});

describe('speech', () => {
  it('hides the Listen button when the browser has no Chinese voice', async () => {
    const { page } = await openPage();
    await page.addInitScript(() => {
      speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice];
    });
    await page.goto(url(TERM_PAGE));
    await expect(page.locator('button.speak').isHidden()).resolves.toBe(true);
  });

  it('shows it with a zh-CN voice and speaks the hanzi in it', async () => {
    const { page } = await openPage();
    await page.addInitScript(() => {
      const voice = { lang: 'zh-CN', name: 'Chinese', default: false, localService: true, voiceURI: 'zh' } as SpeechSynthesisVoice;
      speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice, voice];
      speechSynthesis.speak = (utterance) => ((window as any).spoken = { text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
      // A real utterance accepts only the browser's own voice objects.
      (window as any).SpeechSynthesisUtterance = class {
        voice?: SpeechSynthesisVoice;
        lang = '';
        text: string;
        constructor(text: string) {
          this.text = text;
        }
      };
    });
    await page.goto(url(TERM_PAGE));
    const button = page.locator('button.speak');
    await button.click();
    await expect(page.evaluate(() => (window as any).spoken)).resolves.toEqual({ text: '高质量发展', lang: 'zh-CN', voice: 'Chinese' });
  });
});

describe('citations', () => {
  const parse = (text: string, format: string) => plugins.input.chain(text, { forceType: format, generateGraph: false })[0] as Record<string, any>;

  it.each([ARTICLE, TERM_PAGE])('%s offers Chicago, and BibTeX and RIS files that parse', async (path) => {
    const { page } = await openPage();
    await page.goto(url(path));
    await page.locator('.cite > summary').click();
    const chicago = (await page.locator('.cite-chicago').textContent())!;
    const title = path === ARTICLE ? 'Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum' : 'High-quality development (高质量发展)';
    expect(chicago).toContain(`“${title}.”`);
    const [bibDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.cite a', { hasText: 'BibTeX' }).click()]);
    const bib = parse(await streamText(await bibDownload.createReadStream()), '@biblatex/text');
    expect(bib.title).toBe(title);
    const [risDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.cite a', { hasText: 'RIS' }).click()]);
    const ris = parse(await streamText(await risDownload.createReadStream()), '@ris/file');
    expect(ris.title).toBe(title);
    expect(JSON.stringify(ris.author)).toContain(path === ARTICLE ? 'Creemers' : 'policy-reader contributors');
    expect(new Cite(bib).data).toHaveLength(1);
  });

  it('copies a paragraph with its citation and permalink from the paragraph’s ¶, shown on hover, as stored whatever the reader shows', async () => {
    const { page } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url(ARTICLE));
    // Pinyin above the hanzi and traditional characters on the page; the copy is the text as written.
    await choose(page, 'ruby', 'on');
    await choose(page, 'script', 'traditional');
    const paragraph = page.locator('.prose p', { hasText: 'Meeting these challenges requires' });
    const mark = paragraph.locator('a.permalink');
    await expect(mark.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    await paragraph.hover();
    await expect(mark.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await mark.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const anchor = await paragraph.locator('span[id^="p-"]').getAttribute('id');
    expect(copied).toContain('Meeting these challenges requires “high-quality development” (高质量发展), a new buzzword');
    expect(copied).toContain('Creemers, Rogier, and Paul Triolo. 2022.');
    expect(copied.trim().endsWith(`${ARTICLE}#${anchor}`)).toBe(true);
    expect(page.url().endsWith(`#${anchor}`)).toBe(true);
  });

  it('keeps each paragraph’s ¶ on the line of its last word without taking that line’s room: no paragraph ends on a line holding only the ¶, and none gains a line from it', async () => {
    const moved: string[] = [];
    for (const width of [320, 375, 414, 768, 1024, 1440]) {
      const { page } = await openPage({ viewport: { width, height: 800 } });
      for (const path of [ARTICLE, 'articles/2016-merics-13th-five-year-plan-digital/']) {
        await page.goto(url(path));
        const found = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.prose a.permalink')].flatMap((link) => {
            const paragraph = link.parentElement!;
            const before = document.createRange();
            before.setStart(paragraph, 0);
            before.setEndBefore(link);
            const text = [...before.getClientRects()].filter((rect) => rect.width > 2).at(-1);
            const alone = text && link.getBoundingClientRect().top > text.bottom - 1;
            const height = paragraph.getBoundingClientRect().height;
            link.style.display = 'none';
            const heightWithout = paragraph.getBoundingClientRect().height;
            link.style.display = '';
            const label = paragraph.textContent!.slice(0, 40);
            return [...(alone ? [`alone: ${label}`] : []), ...(height !== heightWithout ? [`a line more: ${label}`] : [])];
          }),
        );
        moved.push(...found.map((text) => `${width}px ${path}: ${text}`));
      }
    }
    expect(moved).toEqual([]);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
