import { strToU8, zipSync, type Zippable } from 'fflate';
import type { NoticeBlock, NoticeDoc } from '../notice/types';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Official documents (GB/T 9704): title in a Song face at 二号 (22 pt), body in 仿宋 at 三号 (16 pt).
const TITLE_FONT = '宋体';
const BODY_FONT = '仿宋';

type RunStyle = { size: number; bold?: boolean; font?: string };
const run = (text: string, s: RunStyle) => {
  const font = s.font ?? BODY_FONT;
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}"/>${s.bold ? '<w:b/>' : ''}<w:sz w:val="${s.size * 2}"/><w:szCs w:val="${s.size * 2}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
};
type ParaStyle = { align?: 'center' | 'right' | 'both'; firstLine?: boolean; left?: number; spacingAfter?: number };
const para = (runs: string, p: ParaStyle = {}) => {
  const props = [
    p.align ? `<w:jc w:val="${p.align}"/>` : '',
    `<w:spacing w:after="${p.spacingAfter ?? 120}" w:line="440" w:lineRule="exact"/>`,
    p.firstLine || p.left ? `<w:ind${p.left ? ` w:left="${p.left}"` : ''}${p.firstLine ? ' w:firstLine="640"' : ''}/>` : '',
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
};

function table(header: string[], rows: string[][]): string {
  const border = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const cell = (text: string, bold: boolean) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${para(run(text, { size: 12, bold }), { spacingAfter: 0 })}</w:tc>`;
  const row = (cells: string[], bold: boolean) => `<w:tr>${cells.map((c) => cell(c, bold)).join('')}</w:tr>`;
  const grid = `<w:tblGrid>${header.map(() => '<w:gridCol/>').join('')}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${border}</w:tblBorders></w:tblPr>${grid}${row(header, true)}${rows.map((r) => row(r, false)).join('')}</w:tbl>${para('', { spacingAfter: 0 })}`;
}

function block(b: NoticeBlock): string {
  switch (b.kind) {
    case 'title':
      return para(run(b.text, { size: 22, bold: true, font: TITLE_FONT }), { align: 'center', spacingAfter: 240 });
    case 'subtitle':
      return para(run(b.text, { size: 16 }), { align: 'center' });
    case 'addressee':
      return para(run(b.text, { size: 16 }));
    case 'heading':
      return para(run(b.text, { size: 16, bold: true, font: '黑体' }), { firstLine: true });
    case 'paragraph':
      return para(run(b.text, { size: 16 }), { firstLine: true, align: 'both' });
    case 'item':
      return [para(run(`${b.number}. ${b.text}`, { size: 16 }), { firstLine: true, align: 'both' }), ...b.details.map((d) => para(run(d, { size: 14 }), { left: 640, firstLine: true, align: 'both' }))].join('');
    case 'table':
      return table(b.header, b.rows);
    case 'signature':
      return b.lines.map((l) => para(run(l, { size: 16 }), { align: 'right' })).join('');
  }
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const core = (title: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title></cp:coreProperties>`;

/** The WordprocessingML body of a document (word/document.xml). */
export function documentXml(doc: NoticeDoc): string {
  // A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${doc.blocks.map(block).join('')}${sect}</w:body></w:document>`;
}

/** A fixed timestamp makes the same document zip to the same bytes. */
const MTIME = new Date(1980, 0, 1);

/** The document as a .docx file (deterministic: same document, same bytes). */
export function renderDocx(doc: NoticeDoc): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': [strToU8(CONTENT_TYPES), { mtime: MTIME }],
    '_rels/.rels': [strToU8(RELS), { mtime: MTIME }],
    'docProps/core.xml': [strToU8(core(doc.title)), { mtime: MTIME }],
    'word/document.xml': [strToU8(documentXml(doc)), { mtime: MTIME }],
  };
  return zipSync(files, { level: 6 });
}
