import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

type PdfJs = typeof PdfJsModule;

// pdf.js ships no types for its worker module; only its presence matters here.
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

let loaded: Promise<{ pdfjs: PdfJs; worker: PdfWorker }> | undefined;

/** The installed pdfjs-dist folder: its bundled cMaps and standard fonts are read from disk. */
export function pdfjsDir(): string {
  // `require` exists in the CommonJS build; under Vitest (ESM) fall back to one rooted at cwd.
  const req = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'index.js'));
  return path.dirname(req.resolve('pdfjs-dist/package.json'));
}

/**
 * Loads pdf.js (legacy build, the one meant for Node) once, with one in-process "fake
 * worker" that every document shares: the worker module is imported into this thread and
 * published as `globalThis.pdfjsWorker`, so no worker file is fetched and no thread started.
 */
export function loadPdfjs(): Promise<{ pdfjs: PdfJs; worker: PdfWorker }> {
  loaded ??= (async () => {
    // The legacy build's core-js polyfills replace Array.prototype.push (on Node 20, whose V8
    // misses one edge case) and JSON.parse/stringify with slower JavaScript versions for the
    // whole process. pdf.js does not need them: the native ones are put back after loading.
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const workerModule = await import(WORKER_MODULE);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = workerModule;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    const worker = new pdfjs.PDFWorker({ verbosity: 0 });
    await worker.promise;
    lightOperatorListMessages(worker.port);
    return { pdfjs, worker };
  })();
  return loaded;
}

const PATCHED = Symbol.for('gongkai.pdfjs.lightOperatorLists');

/**
 * The in-process worker still copies every message with structuredClone, as a real worker
 * would. For chunks of an operator list (thousands of small objects: glyphs, path data) that
 * copy and its garbage are a third of the reading time. The sender empties its two arrays
 * right after posting and never touches the posted operations again, so copying the two
 * arrays is enough. Every other message keeps its full copy. pdf.js internals (the
 * LoopbackPort): if they change, the test of the message shape fails and nothing is patched.
 */
function lightOperatorListMessages(port: unknown): void {
  const proto = port ? (Object.getPrototypeOf(port) as Record<string | symbol, unknown>) : null;
  if (!proto || typeof proto.postMessage !== 'function' || proto[PATCHED]) return;
  const post = proto.postMessage as (this: unknown, obj: unknown, transfer?: unknown) => void;
  proto.postMessage = function postMessage(this: unknown, obj: unknown, transfer?: unknown): void {
    const msg = obj as { stream?: unknown; chunk?: { fnArray?: unknown; argsArray?: unknown } } | null;
    const chunk = msg?.chunk;
    if (!chunk || !Array.isArray(chunk.fnArray) || !Array.isArray(chunk.argsArray)) return post.call(this, obj, transfer);
    const copy = { ...msg, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
    const g = globalThis as { structuredClone: (v: unknown, o?: unknown) => unknown };
    const clone = g.structuredClone;
    g.structuredClone = () => copy;
    try {
      post.call(this, obj, transfer);
    } finally {
      g.structuredClone = clone;
    }
  };
  proto[PATCHED] = true;
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
export function documentOptions(data: Uint8Array, worker?: PdfWorker) {
  const dir = pdfjsDir();
  return {
    data,
    worker,
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
