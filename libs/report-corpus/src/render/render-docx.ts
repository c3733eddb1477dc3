import { zipSync, strToU8 } from 'fflate';
import { Rng } from '../random';
import type { DocBlock } from './blocks';
import type { GridCell, GridTable } from './table-grid';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const run = (text: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

// Word splits text into several runs (spell check, edits); readers must join them.
// Word also leaves proofing marks and bookmarks between the runs.
const NOISE = ['<w:proofErr w:type="spellStart"/>', '<w:proofErr w:type="spellEnd"/>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'];
function runs(text: string, rng: Rng, bold = false): string {
  if (text.length < 6 || !rng.chance(0.3)) return run(text, bold);
  const cut = rng.int(1, text.length - 1);
  return run(text.slice(0, cut), bold) + (rng.chance(0.3) ? rng.pick(NOISE) : '') + run(text.slice(cut), bold);
}

const paragraph = (text: string, rng: Rng, bold = false, align?: string): string =>
  `<w:p>${align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : ''}${text ? runs(text, rng, bold) : ''}</w:p>`;

function tc(c: GridCell, rng: Rng): string {
  const props = `${c.colSpan > 1 ? `<w:gridSpan w:val="${c.colSpan}"/>` : ''}${c.merged ? '<w:vMerge/>' : c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${props}</w:tcPr>${paragraph(c.merged ? '' : c.text, rng, false, 'center')}</w:tc>`;
}

function table(grids: GridTable[], rng: Rng): string {
  const columns = grids[0].columns;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const rows = grids.flatMap((g) => g.rows).map((r) => `<w:tr>${r.map((c) => tc(c, rng)).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders}</w:tblPr><w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(columns)}</w:tblGrid>${rows}</w:tbl><w:p/>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

// Local-time constructor: the DOS timestamp fflate writes is the same in every time zone.
const MTIME = new Date(2020, 0, 1, 0, 0, 0);

/** The report as a minimal WordprocessingML package (deterministic zip). */
export function renderDocx(blocks: DocBlock[], splitTables: boolean, seed: string): Uint8Array {
  const rng = new Rng(`${seed}/docx`);
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': body.push(...b.lines.map((l) => paragraph(l, rng, true, 'center'))); break;
      case 'heading': body.push(paragraph(b.text, rng, true)); break;
      case 'para': body.push(paragraph(b.text, rng)); break;
      case 'table':
        if (splitTables && b.grids.length > 1) body.push(...b.grids.map((g) => table([g], rng)));
        else body.push(table(b.grids, rng));
        break;
      case 'signature': body.push(paragraph(b.agency, rng, false, 'right'), paragraph(b.date, rng, false, 'right')); break;
    }
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': [strToU8(CONTENT_TYPES), { mtime: MTIME }],
      '_rels/.rels': [strToU8(RELS), { mtime: MTIME }],
      'word/document.xml': [strToU8(document), { mtime: MTIME }],
    },
    { level: 6 },
  );
}
