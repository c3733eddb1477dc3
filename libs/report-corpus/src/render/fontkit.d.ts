// fontkit 2 ships no types: the little the PDF renderer uses of it.
declare module 'fontkit' {
  export type FontkitGlyph = { advanceWidth: number };
  export type FontkitFont = {
    postscriptName: string;
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont | { fonts: FontkitFont[] };
}
