import type { Label } from './types';

/** Full-width ASCII (Ａ-ｚ, ０-９, punctuation) and the ideographic space to their ASCII forms. */
export function toHalfWidth(s: string): string {
  // Copies runs of unchanged characters at once (and nothing at all when no character changes).
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let half: string;
    if (c >= 0xff01 && c <= 0xff5e) half = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) half = ' ';
    else continue;
    out += from === i ? half : s.slice(from, i) + half;
    from = i + 1;
  }
  return from === 0 ? s : from === s.length ? out : out + s.slice(from);
}

// Numbering printed before labels: 一、 （一） (1) 1. 1、 ① 第一项 ...
const NUMBERING = /^(?:[（(][一二三四五六七八九十]+[)）][、.．]?|[一二三四五六七八九十]+[、.．]|[（(]\d+[)）][、.．]?|\d+[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[项部分条])\s*/u;
// Everything that is not a letter, digit or CJK ideograph: spaces, quotes, brackets, punctuation.
const NOISE = /[^\p{L}\p{N}]+/gu;

// The characters NUMBERING can start with (checked first: most labels carry no number).
const NUMBER_START = new Set([...'(（0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/** Drop the item number printed before a label ("（三）不予公开" → "不予公开"). */
export function stripNumbering(s: string): string {
  let t = toHalfWidth(s).trim();
  for (let i = 0; i < 3; i++) {
    if (!NUMBER_START.has(t.charCodeAt(0))) break; // '' gives NaN: no number either
    const next = t.replace(NUMBERING, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

/**
 * The comparable core of a label: numbering, whitespace, quotes and punctuation removed,
 * full-width folded. "3.危及 “三安全一稳定”" and "危及三安全一稳定" compare equal.
 */
export function normalizeLabel(s: string): string {
  return stripNumbering(s).replace(NOISE, '');
}

/** The normalised spellings of a label, the official one first. */
export function labelForms(label: Label): string[] {
  const forms = [label.zh, ...(label.variants ?? [])].map(normalizeLabel).filter((f) => f.length > 0);
  return [...new Set(forms)];
}
