import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipDeflate } from 'fflate';

/** One entry of a hand-made ZIP: any name (duplicates, "../", "/etc"), any method, any declared size. */
export type ZipEntry = { name: string; data: Uint8Array; store?: boolean; declaredSize?: number };

/**
 * A ZIP written byte by byte, so a test can make the archives fflate's zipSync refuses to:
 * duplicate names, traversal names, sizes that lie.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? Buffer.from(e.data) : deflateRawSync(e.data);
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The entries of a real DOCX, in order, to rebuild it with damage. */
export function docxEntries(docx: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(docx)).map(([name, data]) => ({ name, data }));
}

/**
 * A DOCX whose word/document.xml inflates to `mb` MB of `<w:p>` paragraphs, streamed through
 * fflate's Zip so no more than one 1 MB chunk is ever held uncompressed. The ZIP directory
 * tells the truth about the size.
 */
export function zipBomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else chunks.push(data);
  });
  const types = new ZipDeflate('[Content_Types].xml', { level: 9 });
  zip.add(types);
  types.push(new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(doc);
  const head = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  doc.push(new TextEncoder().encode(head));
  const para = new TextEncoder().encode('<w:p><w:r><w:t>0</w:t></w:r></w:p>');
  const chunk = new Uint8Array(Math.floor((1024 * 1024) / para.length) * para.length);
  for (let at = 0; at < chunk.length; at += para.length) chunk.set(para, at);
  for (let i = 0; i < mb; i++) doc.push(chunk);
  doc.push(new TextEncoder().encode('</w:body></w:document>'), true);
  zip.end();
  if (failed) throw failed;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Rewrites the uncompressed size the central directory (what fflate reads) and local header declare for `name`. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const b = Buffer.from(zip);
  const n = Buffer.from(name);
  for (let at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    if (b.subarray(at + 46, at + 46 + n.length).equals(n)) b.writeUInt32LE(size, at + 24);
  }
  for (let at = b.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); at >= 0; at = b.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) {
    if (b.subarray(at + 30, at + 30 + n.length).equals(n) && b.readUInt32LE(at + 22) !== 0) b.writeUInt32LE(size, at + 22);
  }
  return new Uint8Array(b);
}

/** Byte range of an entry's compressed data (from its local header), to corrupt just that. */
export function entryData(zip: Uint8Array, name: string): { start: number; end: number } | null {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const n = Buffer.from(name);
  for (let at = b.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); at >= 0; at = b.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) {
    const nameLen = b.readUInt16LE(at + 26);
    if (nameLen !== n.length || !b.subarray(at + 30, at + 30 + nameLen).equals(n)) continue;
    const start = at + 30 + nameLen + b.readUInt16LE(at + 28);
    return { start, end: start + b.readUInt32LE(at + 18) };
  }
  return null;
}
