import { charWidth, type CjkFont } from './pdf-font';

/** Characters a line may not start with (Chinese line-breaking rules): they hang at the end instead. */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》〉」』】〕”’%.,;:)?!'));
/** Characters a line may not end with: they move down to the next line. */
const NO_LINE_END = new Set(Array.from('（《〈「『【〔“‘('));

/** Width of a string in points. */
export function textWidth(font: CjkFont, text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(font, ch);
  return w * size;
}

/**
 * Breaks text into lines no wider than `width` the way Word lays out Chinese: anywhere
 * between characters (digits and Latin included), opening punctuation carried to the next
 * line. Closing punctuation that would start a line hangs past the right edge of a page
 * (`hang`); inside a table cell, where it would cross the border, it takes the character
 * before it down with it. `firstIndent` shortens line one.
 */
export function wrapText(font: CjkFont, text: string, width: number, size: number, firstIndent = 0, hang = true): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let line = '';
  let used = firstIndent;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const w = charWidth(font, ch) * size;
    const closing = NO_LINE_START.has(ch);
    if (line !== '' && used + w > width + 0.01 && (!closing || !hang)) {
      let carry = '';
      const last = Array.from(line);
      if (last.length > 1 && (NO_LINE_END.has(last[last.length - 1]) || closing)) carry = last.pop() as string;
      lines.push(last.join(''));
      line = carry;
      used = textWidth(font, carry, size);
    }
    line += ch;
    used += w;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
