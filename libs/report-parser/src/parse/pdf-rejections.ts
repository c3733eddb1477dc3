/**
 * pdf.js (5.6, in-process "fake worker") leaves some of its own promises rejected without a
 * handler while it repairs a damaged cross-reference table ("XRefEntryException: Bad
 * (uncompressed) XRef entry"), even though the document then loads. Node's default answer to
 * an unhandled rejection is to end the process, so one damaged PDF could take down the API or
 * the CLI. While a PDF is being read, rejections carrying pdf.js's own exception types are
 * therefore caught here and counted; any other unhandled rejection keeps Node's behaviour.
 */
const PDFJS_ERRORS = /^(?:XRefEntryException|XRefParseException|FormatError|InvalidPDFException|MissingDataException|UnknownErrorException|PasswordException|AbortException|ResponseException)$/;

let active = 0;
let contained = 0;

const isPdfJsError = (reason: unknown): boolean => reason instanceof Error && PDFJS_ERRORS.test(reason.name);

function onRejection(reason: unknown): void {
  if (isPdfJsError(reason)) {
    contained++;
    return;
  }
  // We are the only listener: do what Node does without one (crash with the reason).
  if (process.listenerCount('unhandledRejection') === 1) {
    process.nextTick(() => {
      throw reason;
    });
  }
}

/** Runs one PDF read with pdf.js's stray rejections contained (see above). */
export async function containPdfJsRejections<T>(read: () => Promise<T>): Promise<T> {
  active++;
  // (re)attach: someone may have removed every listener since the last read
  if (!process.listeners('unhandledRejection').includes(onRejection)) process.on('unhandledRejection', onRejection);
  try {
    return await read();
  } finally {
    // pdf.js may reject a moment after the document resolves: keep listening a little longer.
    setTimeout(() => {
      if (--active === 0) process.off('unhandledRejection', onRejection);
    }, 50).unref();
  }
}

/** How many pdf.js rejections were contained since the process started (for tests). */
export const containedPdfJsRejections = (): number => contained;
