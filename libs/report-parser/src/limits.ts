/** Bounds on the work one document may cause; past them the parser answers TOO_LARGE. */
export const LIMITS = {
  /** Raw file size. */
  maxBytes: 20 * 1024 * 1024,
  /** Sum of the DOCX parts we decompress. */
  maxDecompressedBytes: 100 * 1024 * 1024,
  /** Table cells over all tables of a document. */
  maxCells: 200_000,
  /** Paragraphs, lines and tables of a document (a report has a few hundred). */
  maxBlocks: 100_000,
  /** Rows or columns one HTML cell may span (bigger spans are clamped). */
  maxSpan: 200,
  /** Longest line we look at for headings, titles and dates (longer lines are body text). */
  maxHeadingChars: 80,
  maxTitleChars: 200,
  /** Text kept from before section 一 (a web page's navigation can be long). */
  maxPreambleChars: 4000,
} as const;
