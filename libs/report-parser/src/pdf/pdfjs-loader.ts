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
    const worker = await import(WORKER_MODULE);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** getDocument options: local cMaps and fonts only, no eval, no font faces, no network. */
export function documentOptions(data: Uint8Array) {
  const dir = pdfjsDir();
  return {
    data,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
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
