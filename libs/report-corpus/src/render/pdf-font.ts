import { existsSync, readFileSync } from 'node:fs';
import { create, type FontkitFont } from 'fontkit';

/**
 * CJK fonts the PDF layout can draw with, best first. Only system fonts: nothing is ever
 * downloaded. WenQuanYi Zen Hei (Debian `fonts-wqy-zenhei`) is the one CI installs, so the
 * same seed gives the same bytes there and on a developer's machine.
 */
const CANDIDATES: readonly { path: string; postscriptName: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' },
];

export class MissingCjkFontError extends Error {
  constructor(paths: string[]) {
    super(
      `report-corpus: the pdf layout needs a CJK font and none was found (looked for ${paths.join(', ')}). ` +
        'Install it with `apt-get install -y fonts-wqy-zenhei`.',
    );
    this.name = 'MissingCjkFontError';
  }
}

export type CjkFont = { font: FontkitFont; path: string; widths: Map<number, number> };

let cached: CjkFont | undefined;

/**
 * The system CJK font, parsed once per process (parsing a 16 MB TTC per document is slow).
 * `candidates` is for tests of the missing-font error.
 */
export function cjkFont(candidates = CANDIDATES): CjkFont {
  if (cached && candidates === CANDIDATES) return cached;
  const found = candidates.find((c) => existsSync(c.path));
  if (!found) throw new MissingCjkFontError(candidates.map((c) => c.path));
  const parsed = create(readFileSync(found.path), found.postscriptName);
  const font = 'fonts' in parsed ? parsed.fonts[0] : parsed;
  const loaded: CjkFont = { font, path: found.path, widths: new Map() };
  if (candidates === CANDIDATES) cached = loaded;
  return loaded;
}

/** Advance of one character in em (cached per code point). */
export function charWidth(f: CjkFont, ch: string): number {
  const cp = ch.codePointAt(0) as number;
  let w = f.widths.get(cp);
  if (w === undefined) {
    w = f.font.glyphForCodePoint(cp).advanceWidth / f.font.unitsPerEm;
    f.widths.set(cp, w);
  }
  return w;
}
