import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

type PdfJs = typeof PdfJsModule;

// pdf.js ships no types for its worker module; only its presence matters here.
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loaded: Promise<PdfJs> | undefined;

/** The installed pdfjs-dist folder: its bundled cMaps and standard fonts are read from disk. */
export function pdfjsDir(): string {
  // `require` exists in the CommonJS build; under Vitest (ESM) fall back to one rooted at cwd.
  const req = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'index.js'));
  return path.dirname(req.resolve('pdfjs-dist/package.json'));
}

/**
 * Loads pdf.js (legacy build, the one meant for Node) once. The worker module is imported
 * into this thread and published as `globalThis.pdfjsWorker`, so pdf.js runs its "fake
 * worker" in-process: no worker file is fetched and no thread is started per document.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // The legacy build's core-js polyfills replace Array.prototype.push (on Node 20, whose V8
    // misses one edge case) and JSON.parse/stringify with slower JavaScript versions for the
    // whole process. pdf.js does not need them: the native ones are put back after loading.
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const worker = await import(WORKER_MODULE);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return lib;
  })();
  return loaded;
}

/**
 * A stand-in for `document`, so pdf.js on Node does not fall back to drawing glyph outlines:
 * with `disableFontFace: true` (or when registering a font face fails) it compiles every
 * glyph into a path and copies it to this thread, which is most of the work on CJK PDFs.
 * Here the "font face" is a CSS rule written into a style sheet that nothing reads.
 */
const NO_DOM = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * Fonts need no registering here: nothing is drawn. pdf.js would turn each embedded font
 * into a base64 CSS rule (or, failing that, into glyph outlines) on this thread; the loaded
 * document's font loader is told to skip it. pdf.js internals: if they change, this does
 * nothing and the stand-in document above still keeps it off the glyph-outline path.
 */
export function skipFontLoading(doc: unknown): void {
  const transport = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport;
  if (transport?.fontLoader && typeof transport.fontLoader.bind === 'function') transport.fontLoader.bind = () => Promise.resolve();
}

/** getDocument options: local cMaps and fonts only, no eval, no glyph outlines, no network. */
export function documentOptions(data: Uint8Array) {
  const dir = pdfjsDir();
  return {
    data,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    useSystemFonts: false,
    disableFontFace: false,
    ownerDocument: NO_DOM as never,
    isEvalSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  };
}
