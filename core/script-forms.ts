/**
 * Simplified and traditional forms of hanzi, by OpenCC (mainland ↔ Taiwan standard, phrase tables
 * included), for the pipeline's lint and editor and the site's search forms and reading settings.
 * Each table is loaded on first use, with Node's `require`: the site build runs this inside Vite's
 * module runner, where a dynamic `import()` fails once the config has loaded.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let toTaiwan: ((text: string) => string) | undefined;
let fromTaiwan: ((text: string) => string) | undefined;

/** The traditional form (OpenCC cn→tw). */
export function traditional(text: string): string {
  toTaiwan ??= (require('opencc-js/cn2t') as typeof import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'tw' });
  return toTaiwan(text);
}

/**
 * The simplified form of hanzi written in traditional characters; undefined for simplified text.
 * OpenCC's tw→cn alone would turn the 著 of 显著 into 着: text counts as traditional only when it
 * is its own traditional form and has another simplified one.
 */
export function simplifiedOf(hanzi: string): string | undefined {
  if (traditional(hanzi) !== hanzi) return undefined;
  fromTaiwan ??= (require('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' });
  const simplified = fromTaiwan(hanzi);
  return simplified === hanzi ? undefined : simplified;
}
