/**
 * A minimal, allocation-light XML tag scanner for WordprocessingML: enough for w:p/w:tbl
 * structure and w:t text, several times faster than a general parser on 1 MB document.xml.
 */
export type XmlHandler = {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
};

export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (i < n) h.text(xml.slice(i));
      break;
    }
    if (lt > i) h.text(xml.slice(i, lt));
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      // comment or CDATA
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        i = e < 0 ? n : e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        h.text(escapeText(xml.slice(lt + 9, e < 0 ? n : e)));
        i = e < 0 ? n : e + 3;
      } else {
        const e = xml.indexOf('>', lt);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    if (c === 0x3f /* ? */) {
      i = gt + 1;
      continue;
    }
    if (c === 0x2f /* / */) {
      h.close(xml.slice(lt + 2, gt).trim());
      i = gt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < gt) {
      const d = xml.charCodeAt(j);
      if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d || d === 0x2f) break;
      j++;
    }
    const name = xml.slice(lt + 1, j);
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    h.open(name, j < gt ? xml.slice(j, selfClosing ? gt - 1 : gt) : '', selfClosing);
    if (selfClosing) h.close(name);
    i = gt + 1;
  }
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The value of one attribute (`w:val="restart"`), or null. */
export function attr(attrs: string, name: string): string | null {
  const k = attrs.indexOf(`${name}="`);
  if (k < 0) {
    const k2 = attrs.indexOf(`${name}='`);
    if (k2 < 0) return null;
    const e2 = attrs.indexOf("'", k2 + name.length + 2);
    return attrs.slice(k2 + name.length + 2, e2 < 0 ? undefined : e2);
  }
  const e = attrs.indexOf('"', k + name.length + 2);
  return attrs.slice(k + name.length + 2, e < 0 ? undefined : e);
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e] ?? m;
  });
}
