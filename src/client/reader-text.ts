/**
 * The reader's settings for Chinese text on an article page (html data-script, data-ruby,
 * data-tones): each run of hanzi in the page is shown in simplified or traditional characters,
 * with its pinyin above it (one <rt> per syllable) and in tone colours, from the syllables and
 * forms of the article's glossary terms (#reader-data, written at build time). Full-width letters
 * and digits are shown in their ordinary form either way. The stored text stays in data-stored.
 */
import { displayForm } from '../lib/display-form.ts';
import { toneOf } from '../lib/tones.ts';

interface ReaderData {
  /** Term hanzi → one syllable per character. */
  syllables: Record<string, string[]>;
  /** Simplified character → traditional, from the article's terms. */
  traditional: Record<string, string>;
}

const data: ReaderData = JSON.parse(document.getElementById('reader-data')?.textContent || '{"syllables":{},"traditional":{}}');
const words = Object.keys(data.syllables).sort((a, b) => b.length - a.length);

/** One syllable (or '') per character of `text`: the longest term at each place. */
function syllablesOf(text: string): string[] {
  const result = [...text].map(() => '');
  for (let unit = 0, char = 0; unit < text.length; ) {
    const word = words.find((candidate) => text.startsWith(candidate, unit));
    if (word) {
      data.syllables[word].forEach((syllable, index) => (result[char + index] = syllable));
      unit += word.length;
      char += [...word].length;
    } else {
      unit += text.codePointAt(unit)! > 0xffff ? 2 : 1;
      char++;
    }
  }
  return result;
}

function render(span: HTMLElement, settings: DOMStringMap) {
  const stored = (span.dataset.stored ??= span.textContent ?? '');
  const traditional = settings.script === 'traditional';
  const ruby = settings.ruby === 'on';
  const tones = settings.tones === 'colours' || settings.tones === 'safe';
  const chars = [...stored].map((char) => displayForm(traditional ? (data.traditional[char] ?? char) : char));
  span.lang = traditional ? 'zh-TW' : 'zh-CN';
  const syllables = ruby || tones ? syllablesOf(stored) : [];
  if (!syllables.some(Boolean)) {
    span.textContent = chars.join('');
    return;
  }
  const shown = chars.map((char, index) => {
    const syllable = syllables[index];
    if (!syllable) return document.createTextNode(char);
    const element = document.createElement(ruby ? 'ruby' : 'span');
    element.append(char);
    if (ruby) {
      const rt = document.createElement('rt');
      rt.lang = 'zh-Latn-pinyin';
      rt.textContent = syllable;
      element.append(rt);
    }
    if (tones) element.className = `tone-${toneOf(syllable)}`;
    return element;
  });
  if (!ruby) {
    span.replaceChildren(...shown);
    return;
  }
  // Browsers name ruby "高 gāo 质 zhì" (or "高 质" with the pinyin hidden): screen readers get the
  // word as one run of text instead, and the ruby is for the eyes only.
  const seen = document.createElement('span');
  seen.setAttribute('aria-hidden', 'true');
  seen.append(...shown);
  const read = document.createElement('span');
  read.className = 'sr-only';
  read.textContent = chars.join('');
  span.replaceChildren(seen, read);
}

function renderAll() {
  const settings = document.documentElement.dataset;
  const plain = settings.script !== 'traditional' && settings.ruby !== 'on' && !(settings.tones === 'colours' || settings.tones === 'safe');
  for (const span of document.querySelectorAll<HTMLElement>('main :is([lang="zh-CN"], [data-stored])')) {
    if (span.closest('.term-card-traditional')) continue;
    // Most runs need nothing: skip them while every setting is off.
    const text = span.textContent ?? '';
    if (plain && !span.dataset.stored && displayForm(text) === text) continue;
    render(span, settings);
  }
}

renderAll();
addEventListener('reader-settings', renderAll);
