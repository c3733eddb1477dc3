import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A CJK font pdfkit can embed: a file and, for a collection (.ttc), the face's PostScript name. */
export type CjkFont = { path: string; family?: string };

/** No usable CJK font: what was tried and the Debian package that provides one. */
export type FontMissing = { kind: 'fontMissing'; message: string; debianPackage: string; tried: string[] };

/** Fonts of Debian packages, best first (package in the error message). */
const KNOWN: readonly { file: string; family: string; pkg: string }[] = [
  { file: 'wqy-zenhei.ttc', family: 'WenQuanYiZenHei', pkg: 'fonts-wqy-zenhei' },
  { file: 'NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular', pkg: 'fonts-noto-cjk' },
  { file: 'NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular', pkg: 'fonts-noto-cjk' },
  { file: 'wqy-microhei.ttc', family: 'WenQuanYiMicroHei', pkg: 'fonts-wqy-microhei' },
];
const FONT_ROOT = '/usr/share/fonts';
const INSTALL = 'fonts-wqy-zenhei';

function scan(dir: string, depth: number, found: Map<string, string>): void {
  if (depth < 0) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (KNOWN.some((k) => k.file === name)) {
      if (!found.has(name)) found.set(name, p);
    } else if (!name.includes('.')) {
      try {
        if (statSync(p).isDirectory()) scan(p, depth - 1, found);
      } catch {
        // unreadable entry: skip
      }
    }
  }
}

/**
 * The font to draw Chinese with: `fontPath` when given (a .ttc needs `fontFamily` unless it is
 * one of the known Debian fonts), else the first known Debian CJK font under /usr/share/fonts.
 * Never downloads: when none is there, says which package to install.
 */
export function findCjkFont(opts: { fontPath?: string; fontFamily?: string } = {}, root = FONT_ROOT): CjkFont | FontMissing {
  if (opts.fontPath) {
    if (!existsSync(opts.fontPath)) return { kind: 'fontMissing', message: `font file ${opts.fontPath} does not exist; install Debian's ${INSTALL} (apt-get install ${INSTALL}) or pass another fontPath`, debianPackage: INSTALL, tried: [opts.fontPath] };
    const known = KNOWN.find((k) => k.file === basename(opts.fontPath!));
    const family = opts.fontFamily ?? known?.family;
    if (opts.fontPath.toLowerCase().endsWith('.ttc') && !family) {
      return { kind: 'fontMissing', message: `${opts.fontPath} is a font collection: pass fontFamily (the PostScript name of the face to use)`, debianPackage: INSTALL, tried: [opts.fontPath] };
    }
    return { path: opts.fontPath, ...(family ? { family } : {}) };
  }
  const found = new Map<string, string>();
  scan(root, 4, found);
  for (const k of KNOWN) {
    const p = found.get(k.file);
    if (p) return { path: p, family: k.family };
  }
  return {
    kind: 'fontMissing',
    message: `no CJK font found under ${root} (looked for ${KNOWN.map((k) => k.file).join(', ')}): install Debian's ${INSTALL} (apt-get install ${INSTALL})`,
    debianPackage: INSTALL,
    tried: KNOWN.map((k) => k.file),
  };
}

export const isFontMissing = (x: unknown): x is FontMissing => typeof x === 'object' && x !== null && (x as FontMissing).kind === 'fontMissing';
