import { decodeHTML } from 'entities';

/**
 * A small HTML tokenizer: tags, text and comments by `indexOf`, the content of script/style
 * and friends skipped as raw text, void elements closed at once, entities decoded. It does not
 * build a tree or repair nesting (the reader does what it needs); it is several times faster
 * than a general parser on the 50–200 KB pages government sites serve.
 */
export type HtmlHandler = {
  open(name: string, attrs: string): void;
  close(name: string): void;
  text(text: string, offset: number): void;
};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const RAW = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'plaintext']);

const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 58 || c === 45 || c === 95 || c === 46;

/** End of a tag that starts at `from`: the first '>' outside quotes (-1 if none). */
function tagEnd(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  if (gt < 0) return -1;
  // Look for quotes inside the tag only: indexOf over the rest of the page made a quote-less
  // page quadratic (a 6 MB table of bare <td>s took 40 s).
  let quoted = false;
  for (let k = from; k < gt && !quoted; k++) {
    const c = html.charCodeAt(k);
    quoted = c === 0x22 || c === 0x27;
  }
  if (!quoted) return gt;
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      // a quote only opens after '=' (possibly with spaces): stray quotes are just characters
      let k = i - 1;
      while (k > from && html.charCodeAt(k) <= 0x20) k--;
      if (html.charCodeAt(k) === 0x3d) quote = c;
    } else if (c === 0x3e) return i;
  }
  return -1;
}

export function scanHtml(html: string, h: HtmlHandler): void {
  const n = html.length;
  let i = 0;
  const text = (from: number, to: number): void => {
    if (to > from) {
      const raw = html.slice(from, to);
      h.text(raw.includes('&') ? decodeHTML(raw) : raw, from);
    }
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(i, n);
      return;
    }
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      text(i, lt);
      if (html.startsWith('<!--', lt)) {
        const e = html.indexOf('-->', lt + 4);
        i = e < 0 ? n : e + 3;
      } else {
        const e = html.indexOf('>', lt + 2);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c === 0x3f /* ? */) {
      text(i, lt);
      const e = html.indexOf('>', lt + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (c === 0x2f /* / */ && isNameStart(html.charCodeAt(lt + 2))) {
      text(i, lt);
      let j = lt + 2;
      while (j < n && isNameChar(html.charCodeAt(j))) j++;
      const e = html.indexOf('>', j);
      h.close(html.slice(lt + 2, j).toLowerCase());
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (!isNameStart(c)) {
      // a literal '<' in text
      text(i, lt + 1);
      i = lt + 1;
      continue;
    }
    text(i, lt);
    let j = lt + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const e = tagEnd(html, j);
    if (e < 0) return;
    h.open(name, html.slice(j, e));
    i = e + 1;
    if (VOID.has(name)) h.close(name);
    else if (RAW.has(name)) {
      const re = new RegExp(`</${name}\\s*>`, 'ig');
      re.lastIndex = i;
      const m = re.exec(html);
      const end = m ? m.index : n;
      if (name === 'title' || name === 'textarea') text(i, end);
      h.close(name);
      i = m ? m.index + m[0].length : n;
    }
  }
}

/** One attribute's value from a tag's raw attribute text, entity-decoded; undefined if absent. */
export function attrValue(attrs: string, name: string): string | undefined {
  if (attrs.length < name.length) return undefined;
  const lower = attrs.toLowerCase();
  let k = lower.indexOf(name);
  while (k >= 0) {
    const before = k === 0 ? 32 : lower.charCodeAt(k - 1);
    if (before <= 0x20 || before === 0x22 || before === 0x27 || before === 0x2f) {
      let p = k + name.length;
      while (p < attrs.length && attrs.charCodeAt(p) <= 0x20) p++;
      if (attrs[p] === '=') {
        p++;
        while (p < attrs.length && attrs.charCodeAt(p) <= 0x20) p++;
        const q = attrs[p];
        let v: string;
        if (q === '"' || q === "'") {
          const end = attrs.indexOf(q, p + 1);
          v = attrs.slice(p + 1, end < 0 ? attrs.length : end);
        } else {
          let end = p;
          while (end < attrs.length && attrs.charCodeAt(end) > 0x20 && attrs[end] !== '>') end++;
          v = attrs.slice(p, end);
        }
        return v.includes('&') ? decodeHTML(v) : v;
      }
    }
    k = lower.indexOf(name, k + 1);
  }
  return undefined;
}
